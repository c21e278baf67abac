<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ChangePreview</name>
    <message>
        <location filename="../ui/organisation/ChangePreview.cpp" line="13"/>
        <source> (after Apply)</source>
        <translation>（適用後）</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ChangePreview.cpp" line="22"/>
        <source>The portal did not accept your sign-in (%1): it expired or was revoked. Run aws sso login --sso-session %2, then list again.</source>
        <translation>ポータルがサインインを受け付けませんでした（%1）。期限切れか取り消されています。aws sso login --sso-session %2 を実行してから、もう一度一覧を取得してください。</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ChangePreview.cpp" line="27"/>
        <source>The portal still refused %1 after %2 attempts (%3: %4). Try again in a minute.</source>
        <translation>ポータルは %2 回試行しても %1 を拒否しました（%3: %4）。1 分ほど待ってからもう一度試してください。</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ChangePreview.cpp" line="32"/>
        <source>The portal refused %1: %2: %3. Nothing changed.</source>
        <translation>ポータルが %1 を拒否しました: %2: %3。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ChangePreview.cpp" line="36"/>
        <source>The portal&apos;s host name does not resolve (%1): check your network, or AWS_ENDPOINT_URL_SSO.</source>
        <translation>ポータルのホスト名を解決できません（%1）。ネットワークか AWS_ENDPOINT_URL_SSO を確認してください。</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ChangePreview.cpp" line="39"/>
        <source>The portal&apos;s certificate was not accepted (%1): check ca_bundle or AWS_CA_BUNDLE, or your proxy&apos;s certificate.</source>
        <translation>ポータルの証明書が受け入れられませんでした（%1）。ca_bundle、AWS_CA_BUNDLE、またはプロキシの証明書を確認してください。</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ChangePreview.cpp" line="42"/>
        <source>The portal did not answer in time: check your network or proxy.</source>
        <translation>ポータルが時間内に応答しませんでした。ネットワークかプロキシを確認してください。</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ChangePreview.cpp" line="46"/>
        <source>Could not reach the portal (%1): check your network connection, or the proxy in HTTPS_PROXY.</source>
        <translation>ポータルに接続できません（%1）。ネットワーク接続か HTTPS_PROXY のプロキシを確認してください。</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <location filename="../ui/files/FilesPanel.ui" line="10"/>
        <source>File to show</source>
        <translation>表示するファイル</translation>
    </message>
    <message>
        <location filename="../ui/files/FilesPanel.ui" line="16"/>
        <source>Show secret values in the files</source>
        <translation>ファイル内の秘密の値を表示する</translation>
    </message>
    <message>
        <location filename="../ui/files/FilesPanel.ui" line="15"/>
        <source>Sho&amp;w secrets</source>
        <translation>秘密を表示(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/files/FilesPanel.ui" line="24"/>
        <source>Edi&amp;t the text</source>
        <translation>テキストを編集(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/files/FilesPanel.ui" line="25"/>
        <source>Edit the file as text (secrets shown); Apply puts your text in place of the file&apos;s, as one step you can undo</source>
        <translation>ファイルをテキストとして編集します（秘密は表示されます）。「適用」でファイルの内容をあなたのテキストに置き換えます。元に戻せる 1 つの操作になります</translation>
    </message>
    <message>
        <location filename="../ui/files/FilesPanel.ui" line="30"/>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/files/FilesPanel.ui" line="31"/>
        <source>Apply the edited text</source>
        <translation>編集したテキストを適用する</translation>
    </message>
    <message>
        <location filename="../ui/files/FilesPanel.ui" line="36"/>
        <source>Ca&amp;ncel</source>
        <translation>キャンセル(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/files/FilesPanel.ui" line="37"/>
        <source>Drop the edited text</source>
        <translation>編集したテキストを破棄する</translation>
    </message>
    <message>
        <location filename="../ui/files/FilesPanel.ui" line="46"/>
        <source>Text of the file, with the selected profile&apos;s lines highlighted</source>
        <translation>ファイルのテキスト（選択したプロファイルの行を強調表示）</translation>
    </message>
    <message>
        <location filename="../ui/files/FilesPanel.ui" line="61"/>
        <source>What saving will change in the files</source>
        <translation>保存でファイルに加わる変更</translation>
    </message>
</context>
<context>
    <name>ImdsPanel</name>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="9"/>
        <source>How the AWS CLI reaches the instance metadata service</source>
        <translation>AWS CLI がインスタンスメタデータサービスに到達する方法</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="17"/>
        <source>Probe the instance &amp;metadata service</source>
        <translation>インスタンスメタデータサービスを調べる(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="22"/>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="23"/>
        <source>Cancel the probe</source>
        <translation>調査を中止する</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="28"/>
        <source>Probe in progress</source>
        <translation>調査中</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="39"/>
        <source>Diagnosis</source>
        <translation>診断</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="45"/>
        <source>Role:</source>
        <translation>ロール:</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="46"/>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="47"/>
        <source>Protocol:</source>
        <translation>プロトコル:</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="48"/>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="49"/>
        <source>Access key:</source>
        <translation>アクセスキー:</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="50"/>
        <source>Access key</source>
        <translation>アクセスキー</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="51"/>
        <source>Expires:</source>
        <translation>有効期限:</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="52"/>
        <source>Expiry</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="53"/>
        <source>Region:</source>
        <translation>リージョン:</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="54"/>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="59"/>
        <source>Requests of the probe</source>
        <translation>調査のリクエスト</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="61"/>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="62"/>
        <source>Answer</source>
        <translation>応答</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="63"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="64"/>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
</context>
<context>
    <name>ImportSetDialog</name>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.ui" line="6"/>
        <source>Import a profile set</source>
        <translation>プロファイルセットのインポート</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.ui" line="11"/>
        <source>Profiles your team shares (no keys), kept in a marked block of the config file named after the set. Importing the set again replaces the block; your own profiles win over the set&apos;s.</source>
        <translation>チームで共有するプロファイル（キーなし）を、セット名の付いた設定ファイルのマーク付きブロックに保持します。もう一度インポートするとブロックが置き換わります。同じ名前ではご自身のプロファイルが優先されます。</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.ui" line="16"/>
        <source>&amp;File or URL:</source>
        <translation>ファイルまたは URL(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.ui" line="21"/>
        <source>Profile set file or URL</source>
        <translation>プロファイルセットのファイルまたは URL</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.ui" line="22"/>
        <source>a path, or https://…</source>
        <translation>パス、または https://…</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.ui" line="27"/>
        <source>B&amp;rowse…</source>
        <translation>参照(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.ui" line="28"/>
        <source>Choose a profile set file</source>
        <translation>プロファイルセットのファイルを選択</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.ui" line="33"/>
        <source>&amp;Block name:</source>
        <translation>ブロック名(&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.ui" line="36"/>
        <source>Block name</source>
        <translation>ブロック名</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.ui" line="45"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.ui" line="52"/>
        <source>Changes to the config file</source>
        <translation>設定ファイルへの変更</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="6"/>
        <source>AWS Profile Manager</source>
        <translation>AWS Profile Manager</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="11"/>
        <source>File problem</source>
        <translation>ファイルの問題</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="22"/>
        <source>Views of the selected profile</source>
        <translation>選択したプロファイルの表示</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="30"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="40"/>
        <source>&amp;Profile</source>
        <translation>プロファイル(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="52"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="60"/>
        <source>Active profile</source>
        <translation>アクティブなプロファイル</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="67"/>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="68"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="71"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="72"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="75"/>
        <source>Re&amp;vert unsaved changes</source>
        <translation>未保存の変更を破棄(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="78"/>
        <source>&amp;New profile…</source>
        <translation>新しいプロファイル(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="79"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="82"/>
        <source>&amp;Rename…</source>
        <translation>名前の変更(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="83"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="86"/>
        <source>D&amp;uplicate…</source>
        <translation>複製(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="89"/>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="90"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="94"/>
        <source>&amp;Reload from disk</source>
        <translation>ディスクから再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="95"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="98"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="99"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="102"/>
        <source>Make &amp;active in my shells</source>
        <translation>シェルで有効にする(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="105"/>
        <source>Profiles from &amp;SSO…</source>
        <translation>SSO からプロファイル(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="106"/>
        <source>One profile per account and role of your IAM Identity Center sign-in</source>
        <translation>IAM Identity Center のサインインで使えるアカウントとロールごとに 1 つのプロファイル</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="109"/>
        <source>&amp;Import profile set…</source>
        <translation>プロファイルセットをインポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="110"/>
        <source>Profiles your team shares, from a file or a URL</source>
        <translation>チームで共有するプロファイルを、ファイルまたは URL から</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="113"/>
        <source>&amp;Filter profiles</source>
        <translation>プロファイルを絞り込む(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="114"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
</context>
<context>
    <name>NewProfileDialog</name>
    <message>
        <location filename="../ui/profile/NewProfileDialog.ui" line="6"/>
        <source>New profile</source>
        <translation>新しいプロファイル</translation>
    </message>
    <message>
        <location filename="../ui/profile/NewProfileDialog.ui" line="10"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/profile/NewProfileDialog.ui" line="13"/>
        <source>Profile name</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <location filename="../ui/profile/NewProfileDialog.ui" line="14"/>
        <source>for example dev, prod-admin, default</source>
        <translation>例: dev、prod-admin、default</translation>
    </message>
    <message>
        <location filename="../ui/profile/NewProfileDialog.ui" line="17"/>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <location filename="../ui/profile/NewProfileDialog.ui" line="20"/>
        <source>Kind of profile</source>
        <translation>プロファイルの種類</translation>
    </message>
    <message>
        <location filename="../ui/profile/NewProfileDialog.ui" line="27"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../ui/profile/NewProfileDialog.ui" line="34"/>
        <source>Where the values are written</source>
        <translation>値の書き込み先</translation>
    </message>
    <message>
        <location filename="../ui/profile/NewProfileDialog.ui" line="40"/>
        <source>Problem with the profile</source>
        <translation>プロファイルの問題</translation>
    </message>
</context>
<context>
    <name>PrecedencePanel</name>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="8"/>
        <source>Findings</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="26"/>
        <source>Precedence table</source>
        <translation>優先順位の表</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="39"/>
        <source>&amp;What if… (options and variables the table is worked out for)</source>
        <translation>仮定(&amp;W)…（表の計算に使うオプションと変数）</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="40"/>
        <source>Show the what-if options</source>
        <translation>仮定のオプションを表示する</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="50"/>
        <source>Edit any of these to see the table change</source>
        <translation>どれかを編集すると表が変わります</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="52"/>
        <source>Environment:</source>
        <translation>環境:</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="55"/>
        <source>Environment to start from</source>
        <translation>出発点にする環境</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="56"/>
        <source>This program&apos;s environment</source>
        <translation>このプログラムの環境</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="57"/>
        <source>Empty environment (env -i)</source>
        <translation>空の環境（env -i）</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="58"/>
        <source>A login shell&apos;s environment ($SHELL -l)</source>
        <translation>ログインシェルの環境（$SHELL -l）</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="63"/>
        <source>Use the selected profile (--profile)</source>
        <translation>選択したプロファイルを使う（--profile）</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="67"/>
        <source>--profile</source>
        <translation>--profile</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="68"/>
        <source>--profile option</source>
        <translation>--profile オプション</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="69"/>
        <source>AWS_PROFILE</source>
        <translation>AWS_PROFILE</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="70"/>
        <source>AWS_PROFILE variable</source>
        <translation>AWS_PROFILE 変数</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="70"/>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="74"/>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="78"/>
        <source>(unset)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="71"/>
        <source>--region</source>
        <translation>--region</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="72"/>
        <source>--region option</source>
        <translation>--region オプション</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="73"/>
        <source>AWS_REGION</source>
        <translation>AWS_REGION</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="74"/>
        <source>AWS_REGION variable</source>
        <translation>AWS_REGION 変数</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="75"/>
        <source>--output</source>
        <translation>--output</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="76"/>
        <source>--output option</source>
        <translation>--output オプション</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="77"/>
        <source>AWS_ACCESS_KEY_ID</source>
        <translation>AWS_ACCESS_KEY_ID</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="78"/>
        <source>AWS_ACCESS_KEY_ID variable</source>
        <translation>AWS_ACCESS_KEY_ID 変数</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="79"/>
        <source>Other variables</source>
        <translation>その他の変数</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="82"/>
        <source>Other environment variables, one per line</source>
        <translation>その他の環境変数（1 行に 1 つ）</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="83"/>
        <source>one per line: NAME=value sets it, NAME= sets it empty, -NAME unsets it (AWS_DEFAULT_REGION=eu-west-1, -AWS_SECRET_ACCESS_KEY, ...)</source>
        <translation>1 行に 1 つ: NAME=値 で設定、NAME= で空に設定、-NAME で設定解除（AWS_DEFAULT_REGION=eu-west-1、-AWS_SECRET_ACCESS_KEY、...）</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="17"/>
        <source>Pending sources</source>
        <translation>応答待ちのソース</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="18"/>
        <source>&amp;Stop waiting</source>
        <translation>待機をやめる(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="18"/>
        <source>Show the table without the sources that have not answered yet</source>
        <translation>まだ応答していないソースを除いて表を表示する</translation>
    </message>
</context>
<context>
    <name>ProfileListPane</name>
    <message>
        <location filename="../ui/list/ProfileListPane.ui" line="12"/>
        <source>Filter by name, region or account id…</source>
        <translation>名前、リージョン、アカウント ID で絞り込み…</translation>
    </message>
    <message>
        <location filename="../ui/list/ProfileListPane.ui" line="13"/>
        <source>Filter profiles</source>
        <translation>プロファイルを絞り込む</translation>
    </message>
    <message>
        <location filename="../ui/list/ProfileListPane.ui" line="19"/>
        <source>Profiles</source>
        <translation>プロファイル</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="12"/>
        <source>Selected profile</source>
        <translation>選択したプロファイル</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="20"/>
        <source>Fields for:</source>
        <translation>フィールド:</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="26"/>
        <source>Kind of profile the form shows fields for</source>
        <translation>フォームに表示するプロファイルの種類</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="27"/>
        <source>The form shows the fields of this kind; the AWS CLI decides the kind from the keys that are set</source>
        <translation>フォームにはこの種類の項目が表示されます。AWS CLI は設定されているキーから種類を判断します</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="32"/>
        <source>Show &amp;secrets</source>
        <translation>シークレットを表示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="33"/>
        <source>Show secret values</source>
        <translation>秘密の値を表示する</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="45"/>
        <source>Test credent&amp;ials</source>
        <translation>認証情報をテスト(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="46"/>
        <source>Test the credentials with AWS</source>
        <translation>AWS で認証情報をテストする</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="47"/>
        <source>Ask AWS STS (GetCallerIdentity) whose credentials these are, as aws-profile-manager whoami does</source>
        <translation>aws-profile-manager whoami と同じく、AWS STS (GetCallerIdentity) にこの認証情報が誰のものかを問い合わせます</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="52"/>
        <source>R&amp;otate key…</source>
        <translation>キーをローテーション(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="53"/>
        <source>Rotate the access key</source>
        <translation>アクセスキーをローテーションする</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="54"/>
        <source>Replace this profile&apos;s access key with a new one from IAM, as aws-profile-manager rotate does: the old key is deleted once AWS accepts the new one</source>
        <translation>aws-profile-manager rotate と同じように、このプロファイルのアクセスキーを IAM の新しいキーに置き換えます。AWS が新しいキーを受け付けたら古いキーは削除されます</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="59"/>
        <source>Result of the credentials test</source>
        <translation>認証情報テストの結果</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="74"/>
        <source>SSO sign-in</source>
        <translation>SSO サインイン</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="82"/>
        <source>Sig&amp;n in</source>
        <translation>サインイン(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="83"/>
        <source>Sign in to AWS IAM Identity Center</source>
        <translation>AWS IAM Identity Center にサインインする</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="84"/>
        <source>Runs aws sso login for this profile; follow what it says (a page opens in your browser)</source>
        <translation>このプロファイルで aws sso login を実行します。表示に従ってください（ブラウザーでページが開きます）</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="101"/>
        <source>The [sso-session] block this profile names</source>
        <translation>このプロファイルが指定する [sso-session] ブロック</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="103"/>
        <source>SSO start URL:</source>
        <translation>SSO 開始 URL:</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="104"/>
        <source>SSO start URL of the session</source>
        <translation>セッションの SSO 開始 URL</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="104"/>
        <source>https://my-sso-portal.awsapps.com/start</source>
        <translation>https://my-sso-portal.awsapps.com/start</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="105"/>
        <source>SSO region:</source>
        <translation>SSO リージョン:</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="106"/>
        <source>SSO region of the session</source>
        <translation>セッションの SSO リージョン</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="107"/>
        <source>Registration scopes:</source>
        <translation>登録スコープ:</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="108"/>
        <source>SSO registration scopes of the session</source>
        <translation>セッションの SSO 登録スコープ</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="108"/>
        <source>sso:account:access</source>
        <translation>sso:account:access</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="114"/>
        <source>Keys in the OS keychain (the AWS CLI gets them through credential_process)</source>
        <translation>OS のキーチェーンにあるキー（AWS CLI は credential_process を通じて取得します）</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="116"/>
        <source>Access key ID:</source>
        <translation>アクセスキー ID:</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="117"/>
        <source>Access key ID in the keychain</source>
        <translation>キーチェーンにあるアクセスキー ID</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="118"/>
        <source>Secret access key:</source>
        <translation>シークレットアクセスキー:</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="119"/>
        <source>Secret access key in the keychain</source>
        <translation>キーチェーンにあるシークレットアクセスキー</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="120"/>
        <source>Session token:</source>
        <translation>セッショントークン:</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="121"/>
        <source>Session token in the keychain</source>
        <translation>キーチェーンにあるセッショントークン</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="124"/>
        <source>Save to the &amp;keychain</source>
        <translation>キーチェーンに保存(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="125"/>
        <source>&amp;Copy the secret (cleared after 30 s)</source>
        <translation>秘密をコピー(&amp;C)（30 秒後に消去）</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="129"/>
        <source>Keychain status</source>
        <translation>キーチェーンの状態</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="135"/>
        <source>Every key of the profile in both files (double-click a value to edit it):</source>
        <translation>両方のファイルにあるプロファイルのすべてのキー（値をダブルクリックすると編集できます）:</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="140"/>
        <source>Settings of the selected profile</source>
        <translation>選択したプロファイルの設定</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="152"/>
        <source>key or key.sub-key</source>
        <translation>キー、または キー.サブキー</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="153"/>
        <source>Name of the key to add</source>
        <translation>追加するキーの名前</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="158"/>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="159"/>
        <source>Value of the key to add</source>
        <translation>追加するキーの値</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="164"/>
        <source>&amp;Add key</source>
        <translation>キーを追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="169"/>
        <source>&amp;Remove key</source>
        <translation>キーを削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="170"/>
        <source>Remove the selected key</source>
        <translation>選択したキーを削除する</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="177"/>
        <source>&amp;Copy value</source>
        <translation>値をコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="178"/>
        <source>Copy the value; a secret is cleared from the clipboard after 30 seconds</source>
        <translation>値をコピーします。秘密は 30 秒後にクリップボードから消去されます</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/main.cpp" line="44"/>
        <source>AWS Profile Manager</source>
        <translation>AWS Profile Manager</translation>
    </message>
    <message>
        <location filename="../ui/Prompts.cpp" line="34"/>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location filename="../ui/Prompts.cpp" line="43"/>
        <source>The file changed on disk</source>
        <translation>ディスク上のファイルが変更されました</translation>
    </message>
    <message>
        <location filename="../ui/Prompts.cpp" line="45"/>
        <source>Keep my changes</source>
        <translation>自分の変更を保持</translation>
    </message>
    <message>
        <location filename="../ui/Prompts.cpp" line="46"/>
        <source>Take the file on disk</source>
        <translation>ディスク上のファイルを採用</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="6"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="10"/>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="12"/>
        <source>&amp;Config file:</source>
        <translation>設定ファイル(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="15"/>
        <source>Config file</source>
        <translation>config ファイル</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="16"/>
        <location filename="../ui/settings/SettingsDialog.ui" line="23"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="16"/>
        <source>Choose the config file</source>
        <translation>設定ファイルを選ぶ</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="19"/>
        <source>C&amp;redentials file:</source>
        <translation>認証情報ファイル(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="22"/>
        <source>Credentials file</source>
        <translation>credentials ファイル</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="23"/>
        <source>Choose the credentials file</source>
        <translation>認証情報ファイルを選ぶ</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="29"/>
        <source>Leave empty to edit the files the AWS CLI uses ($AWS_CONFIG_FILE and $AWS_SHARED_CREDENTIALS_FILE, or ~/.aws). Other files are treated as if those variables named them.</source>
        <translation>空のままにすると、AWS CLI が使うファイル（$AWS_CONFIG_FILE と $AWS_SHARED_CREDENTIALS_FILE、または ~/.aws）を編集します。それ以外のファイルは、これらの変数が指しているものとして扱います。</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="37"/>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="39"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="40"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="41"/>
        <source>C&amp;olours:</source>
        <translation>配色(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="42"/>
        <source>Light or dark colours</source>
        <translation>明るい配色または暗い配色</translation>
    </message>
</context>
<context>
    <name>SsoPopulateDialog</name>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.ui" line="6"/>
        <source>Profiles from IAM Identity Center</source>
        <translation>IAM Identity Center のプロファイル</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.ui" line="11"/>
        <source>One profile for each account and role you are assigned to, kept in a marked block of the config file. Run it again whenever your assignments change.</source>
        <translation>割り当てられたアカウントとロールごとに 1 つのプロファイルを、設定ファイルのマーク付きブロックに保持します。割り当てが変わったら、もう一度実行してください。</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.ui" line="16"/>
        <source>&amp;SSO session:</source>
        <translation>SSO セッション(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.ui" line="19"/>
        <source>SSO session</source>
        <translation>SSO セッション</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.ui" line="22"/>
        <source>Profile &amp;names:</source>
        <translation>プロファイル名(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.ui" line="25"/>
        <source>Profile name template</source>
        <translation>プロファイル名のテンプレート</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.ui" line="26"/>
        <source>Fields: {account_name}, {account_id}, {role_name}, {sso_session}</source>
        <translation>フィールド: {account_name}、{account_id}、{role_name}、{sso_session}</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.ui" line="29"/>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.ui" line="32"/>
        <source>Region of the profiles</source>
        <translation>プロファイルのリージョン</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.ui" line="33"/>
        <source>none (the profiles set no region)</source>
        <translation>なし（プロファイルはリージョンを設定しません）</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.ui" line="38"/>
        <source>Remove &amp;profiles whose account or role is no longer assigned</source>
        <translation>割り当てがなくなったアカウントやロールのプロファイルを削除(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.ui" line="47"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.ui" line="52"/>
        <source>Accounts listed</source>
        <translation>一覧を取得したアカウント</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.ui" line="59"/>
        <source>Changes to the config file</source>
        <translation>設定ファイルへの変更</translation>
    </message>
</context>
<context>
    <name>WelcomePane</name>
    <message>
        <location filename="../ui/welcome/WelcomePane.ui" line="11"/>
        <source>Welcome to AWS Profile Manager</source>
        <translation>AWS Profile Manager へようこそ</translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePane.ui" line="18"/>
        <source>There are no AWS CLI profiles on this computer yet. Create the first one with what `aws configure` asks for; the AWS CLI and every SDK will use it as the default profile.</source>
        <translation>このコンピューターにはまだ AWS CLI のプロファイルがありません。`aws configure` が尋ねる項目で最初のプロファイルを作成してください。AWS CLI とすべての SDK がそれを既定のプロファイルとして使います。</translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePane.ui" line="23"/>
        <source>AWS Access Key ID:</source>
        <translation>AWS アクセスキー ID:</translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePane.ui" line="26"/>
        <source>AWS Access Key ID</source>
        <translation>AWS アクセスキー ID</translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePane.ui" line="27"/>
        <source>AKIA…</source>
        <translation>AKIA…</translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePane.ui" line="30"/>
        <source>AWS Secret Access Key:</source>
        <translation>AWS シークレットアクセスキー:</translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePane.ui" line="33"/>
        <source>AWS Secret Access Key</source>
        <translation>AWS シークレットアクセスキー</translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePane.ui" line="37"/>
        <source>Default region name:</source>
        <translation>デフォルトのリージョン名:</translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePane.ui" line="40"/>
        <source>Default region name</source>
        <translation>既定のリージョン名</translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePane.ui" line="44"/>
        <source>Default output format:</source>
        <translation>デフォルトの出力形式:</translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePane.ui" line="47"/>
        <source>Default output format</source>
        <translation>既定の出力形式</translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePane.ui" line="55"/>
        <source>Where the values will be written</source>
        <translation>値の書き込み先</translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePane.ui" line="62"/>
        <source>Problem with the values</source>
        <translation>値の問題</translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePane.ui" line="73"/>
        <source>&amp;Skip, I will add profiles myself</source>
        <translation>スキップして自分で追加する(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePane.ui" line="78"/>
        <source>&amp;Create the default profile</source>
        <translation>デフォルトプロファイルを作成(&amp;C)</translation>
    </message>
</context>
<context>
    <name>apm::ActiveProfile</name>
    <message>
        <location filename="../app/core/config/ActiveProfile.cpp" line="43"/>
        <source>A profile name cannot contain a line break.</source>
        <translation>プロファイル名に改行は使えません。</translation>
    </message>
    <message>
        <location filename="../app/core/config/ActiveProfile.cpp" line="47"/>
        <source>Could not create %1.</source>
        <translation>%1 を作成できませんでした。</translation>
    </message>
    <message>
        <location filename="../app/core/config/ActiveProfile.cpp" line="52"/>
        <location filename="../app/core/config/ActiveProfile.cpp" line="55"/>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <location filename="../app/core/config/ActiveProfile.cpp" line="62"/>
        <source>Could not remove %1.</source>
        <translation>%1 を削除できませんでした。</translation>
    </message>
</context>
<context>
    <name>apm::ActiveProfileController</name>
    <message>
        <location filename="../ui/active/ActiveProfileController.cpp" line="38"/>
        <source>Active profile of your shells</source>
        <translation>シェルのアクティブなプロファイル</translation>
    </message>
    <message>
        <location filename="../ui/active/ActiveProfileController.cpp" line="74"/>
        <source>No active profile: shells that load the hook unset AWS_PROFILE at their next prompt.</source>
        <translation>アクティブなプロファイルはありません。フックを読み込んだシェルは、次のプロンプトで AWS_PROFILE を解除します。</translation>
    </message>
    <message>
        <location filename="../ui/active/ActiveProfileController.cpp" line="76"/>
        <source>Shells that load the hook use %1 from their next prompt.</source>
        <translation>フックを読み込んだシェルは、次のプロンプトから %1 を使います。</translation>
    </message>
    <message>
        <location filename="../ui/active/ActiveProfileController.cpp" line="90"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../ui/active/ActiveProfileController.cpp" line="104"/>
        <source>AWS Profile Manager: no active profile</source>
        <translation>AWS Profile Manager: アクティブなプロファイルなし</translation>
    </message>
    <message>
        <location filename="../ui/active/ActiveProfileController.cpp" line="105"/>
        <source>AWS Profile Manager: %1</source>
        <translation>AWS Profile Manager: %1</translation>
    </message>
</context>
<context>
    <name>apm::ConfigFiles</name>
    <message>
        <location filename="../app/core/config/ConfigFiles.cpp" line="87"/>
        <source>%1 was changed by another program since it was read. Nothing was written.</source>
        <translation>%1 は読み込んだ後に別のプログラムによって変更されました。何も書き込んでいません。</translation>
    </message>
    <message>
        <location filename="../app/core/config/ConfigFiles.cpp" line="114"/>
        <source>No file name: the variable for this file is set but empty.</source>
        <translation>ファイル名がありません。このファイルの変数は設定されていますが空です。</translation>
    </message>
    <message>
        <location filename="../app/core/config/ConfigFiles.cpp" line="119"/>
        <source>Could not write %1: %2. Check where its symbolic link points.</source>
        <translation>%1 を書き込めませんでした: %2。シンボリックリンクの指す先を確認してください。</translation>
    </message>
</context>
<context>
    <name>apm::CredentialVault</name>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="71"/>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="203"/>
        <source>Save or revert your unsaved changes first: moving keys saves the files.</source>
        <translation>先に未保存の変更を保存するか元に戻してください。キーを移動するとファイルが保存されます。</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="74"/>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="206"/>
        <source>The config profile (%1) could not be found</source>
        <translation>The config profile (%1) could not be found</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="79"/>
        <source>Profile %1 has no access key and secret key of its own in the credentials file: there is nothing to move.</source>
        <translation>プロファイル %1 には認証情報ファイルに自身のアクセスキーとシークレットキーがありません。移動するものはありません。</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="83"/>
        <source>Profile %1 already has a credential_process; remove it first.</source>
        <translation>プロファイル %1 にはすでに credential_process があります。先にそれを削除してください。</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="96"/>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="167"/>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="218"/>
        <source>Nothing was changed: %1</source>
        <translation>何も変更していません: %1</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="101"/>
        <source>The keychain did not give back what was written (%1); the files were not changed.</source>
        <translation>キーチェーンが書き込んだ内容を返しませんでした（%1）。ファイルは変更していません。</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="103"/>
        <source>different content</source>
        <translation>内容が異なります</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="126"/>
        <source>The keys are in the keychain, but the files could not be changed: %1</source>
        <translation>キーはキーチェーンに入りましたが、ファイルを変更できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="132"/>
        <source>credential_process was added to the config file, but the credentials file could not be saved (%1); the keys are still there too, and the AWS CLI keeps using them.</source>
        <translation>設定ファイルに credential_process を追加しましたが、認証情報ファイルを保存できませんでした（%1）。キーはまだそこにも残っており、AWS CLI は引き続きそれを使います。</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="136"/>
        <source>The files could not be saved (%1); nothing was changed in them. The keychain item for %2 is left in place.</source>
        <translation>ファイルを保存できませんでした（%1）。ファイルには何も変更を加えていません。%2 のキーチェーン項目はそのまま残しています。</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="140"/>
        <source>The keys of %1 are now in the keychain; the AWS CLI gets them through credential_process.</source>
        <translation>%1 のキーはキーチェーンに移りました。AWS CLI は credential_process を通じてそれを取得します。</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="154"/>
        <source>The keychain item for %1 is not a credential_process document.</source>
        <translation>%1 のキーチェーン項目は credential_process の文書ではありません。</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="162"/>
        <source>The access key ID and the secret access key cannot be empty.</source>
        <translation>アクセスキー ID とシークレットアクセスキーは空にできません。</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="172"/>
        <source>The keychain item was not changed: %1</source>
        <translation>キーチェーン項目は変更していません: %1</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="177"/>
        <source>The keys of %1 in the keychain were changed; the AWS CLI gets the new ones from its next command.</source>
        <translation>キーチェーンにある %1 のキーを変更しました。AWS CLI は次のコマンドから新しいキーを使います。</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="184"/>
        <source>The keychain did not give back what was written; the old keys of %1 were put back.</source>
        <translation>キーチェーンが書き込んだ内容を返しませんでした。%1 の古いキーを元に戻しました。</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="187"/>
        <source>The keychain did not give back what was written, and the old keys of %1 could not be put back: %2</source>
        <translation>キーチェーンが書き込んだ内容を返さず、%1 の古いキーも元に戻せませんでした: %2</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="209"/>
        <source>Profile %1 does not keep its keys in the keychain.</source>
        <translation>プロファイル %1 はキーをキーチェーンに保管していません。</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="222"/>
        <source>The keychain item for %1 is not a credential_process document; nothing was changed.</source>
        <translation>%1 のキーチェーン項目は credential_process の文書ではありません。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="236"/>
        <source>Could not move the keys of %1 back: %2. The keychain item is left in place.</source>
        <translation>%1 のキーを戻せませんでした: %2。キーチェーン項目はそのまま残しています。</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="241"/>
        <source>The keys of %1 are back in the credentials file, but the keychain item could not be deleted: %2</source>
        <translation>%1 のキーは認証情報ファイルに戻りましたが、キーチェーン項目を削除できませんでした: %2</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="244"/>
        <source>The keys of %1 are back in the credentials file.</source>
        <translation>%1 のキーは認証情報ファイルに戻りました。</translation>
    </message>
</context>
<context>
    <name>apm::DiskFile</name>
    <message>
        <location filename="../app/core/config/DiskFile.cpp" line="106"/>
        <source>a folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <location filename="../app/core/config/DiskFile.cpp" line="108"/>
        <source>a named pipe (FIFO)</source>
        <translation>名前付きパイプ（FIFO）</translation>
    </message>
    <message>
        <location filename="../app/core/config/DiskFile.cpp" line="110"/>
        <source>a socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <location filename="../app/core/config/DiskFile.cpp" line="112"/>
        <source>a block device</source>
        <translation>ブロックデバイス</translation>
    </message>
    <message>
        <location filename="../app/core/config/DiskFile.cpp" line="113"/>
        <source>not a regular file</source>
        <translation>通常のファイル以外のもの</translation>
    </message>
    <message>
        <location filename="../app/core/config/DiskFile.cpp" line="148"/>
        <source>Could not write %1: %2. The file was not changed.</source>
        <translation>%1 を書き込めませんでした: %2。ファイルは変更していません。</translation>
    </message>
    <message>
        <location filename="../app/core/config/DiskFile.cpp" line="155"/>
        <source>%1 was changed by another program while it was being saved. Nothing was written.</source>
        <translation>%1 は保存中に別のプログラムによって変更されました。何も書き込んでいません。</translation>
    </message>
    <message>
        <location filename="../app/core/config/DiskFile.cpp" line="236"/>
        <source>a character device</source>
        <translation>キャラクターデバイス</translation>
    </message>
    <message>
        <location filename="../app/core/config/DiskFile.cpp" line="312"/>
        <source>Could not create the folder %1. Check that you may write to its parent.</source>
        <translation>フォルダー %1 を作成できませんでした。親フォルダーへの書き込み権限を確認してください。</translation>
    </message>
    <message>
        <location filename="../app/core/config/DiskFile.cpp" line="319"/>
        <source>Could not open the folder %1: %2.</source>
        <translation>フォルダー %1 を開けませんでした: %2。</translation>
    </message>
    <message>
        <location filename="../app/core/config/DiskFile.cpp" line="332"/>
        <source>Another program has been saving a file in %1 for more than 10 seconds. Nothing was written; try again.</source>
        <translation>別のプログラムが 10 秒以上 %1 にファイルを保存し続けています。何も書き込んでいません。もう一度試してください。</translation>
    </message>
    <message>
        <location filename="../app/core/config/DiskFile.cpp" line="355"/>
        <source>Could not read %1 (%2), so it was not written: saving would replace what we cannot see. Give yourself read permission (chmod u+r) and try again.</source>
        <translation>%1 を読み込めなかったため（%2）、書き込みませんでした。保存すると見えない内容を置き換えてしまいます。読み取り権限を付けて（chmod u+r）からもう一度試してください。</translation>
    </message>
    <message>
        <location filename="../app/core/config/DiskFile.cpp" line="360"/>
        <source>%1 is %2, not a file, so nothing was written. Point AWS_CONFIG_FILE or AWS_SHARED_CREDENTIALS_FILE at a regular file.</source>
        <translation>%1 はファイルではなく%2なので、何も書き込んでいません。AWS_CONFIG_FILE または AWS_SHARED_CREDENTIALS_FILE が通常のファイルを指すようにしてください。</translation>
    </message>
</context>
<context>
    <name>apm::DisplayText</name>
    <message numerus="yes">
        <location filename="../app/core/base/DisplayText.h" line="24"/>
        <source>%1… (%n characters)</source>
        <translation>
            <numerusform>%1…（%n 文字）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/base/DisplayText.h" line="41"/>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <location filename="../app/core/base/DisplayText.h" line="42"/>
        <source>%1 d</source>
        <translation>%1 日</translation>
    </message>
    <message>
        <location filename="../app/core/base/DisplayText.h" line="44"/>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <location filename="../app/core/base/DisplayText.h" line="46"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../app/core/base/DisplayText.h" line="47"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>apm::DocumentController</name>
    <message>
        <location filename="../ui/document/DocumentController.cpp" line="45"/>
        <source>Save a file the AWS CLI refuses?</source>
        <translation>AWS CLI が受け付けないファイルを保存しますか?</translation>
    </message>
    <message>
        <location filename="../ui/document/DocumentController.cpp" line="46"/>
        <source>%1

The AWS CLI will refuse this file until it is fixed. Save it anyway?</source>
        <translation>%1

このファイルは修正されるまで AWS CLI に拒否されます。それでも保存しますか?</translation>
    </message>
    <message>
        <location filename="../ui/document/DocumentController.cpp" line="48"/>
        <source>Save anyway</source>
        <translation>それでも保存</translation>
    </message>
    <message>
        <location filename="../ui/document/DocumentController.cpp" line="52"/>
        <source>Overwrite?</source>
        <translation>上書きしますか?</translation>
    </message>
    <message>
        <location filename="../ui/document/DocumentController.cpp" line="52"/>
        <source>%1

Overwrite it with your version?</source>
        <translation>%1

あなたの版で上書きしますか?</translation>
    </message>
    <message>
        <location filename="../ui/document/DocumentController.cpp" line="53"/>
        <source>Overwrite</source>
        <translation>上書き</translation>
    </message>
    <message>
        <location filename="../ui/document/DocumentController.cpp" line="62"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../ui/document/DocumentController.cpp" line="69"/>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../ui/document/DocumentController.cpp" line="70"/>
        <source>Discard your unsaved changes and read the files again from disk?</source>
        <translation>未保存の変更を破棄して、ディスクからファイルを読み直しますか?</translation>
    </message>
    <message>
        <location filename="../ui/document/DocumentController.cpp" line="71"/>
        <source>Discard changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <location filename="../ui/document/DocumentController.cpp" line="96"/>
        <source>%1 was changed by another program and has been read again.</source>
        <translation>%1 は別のプログラムによって変更されたため、読み直しました。</translation>
    </message>
    <message>
        <location filename="../ui/document/DocumentController.cpp" line="98"/>
        <source>%1 was changed by another program; your unsaved changes are kept on top of it (the undo history starts again here).</source>
        <translation>%1 は別のプログラムによって変更されました。未保存の変更はその上に保持しています（元に戻す履歴はここから始まります）。</translation>
    </message>
    <message>
        <location filename="../ui/document/DocumentController.cpp" line="106"/>
        <source>%1 was changed by another program, on lines you have changed too.

Keep your version (saving will replace the file on disk), or take the file on disk (your unsaved changes to it are dropped)?</source>
        <translation>%1 は別のプログラムによって変更されました。あなたも変更した行が含まれます。

あなたの版を残しますか（保存するとディスク上のファイルを置き換えます）、それともディスク上のファイルを採用しますか（そのファイルへの未保存の変更は破棄されます）?</translation>
    </message>
    <message>
        <location filename="../ui/document/DocumentController.cpp" line="113"/>
        <source>Keeping your version of %1; saving will replace the file on disk.</source>
        <translation>%1 はあなたの版を残します。保存するとディスク上のファイルを置き換えます。</translation>
    </message>
    <message>
        <location filename="../ui/document/DocumentController.cpp" line="116"/>
        <source>%1 was read again from disk; your changes to it were dropped.</source>
        <translation>%1 をディスクから読み直しました。あなたの変更は破棄されました。</translation>
    </message>
</context>
<context>
    <name>apm::FilesPanel</name>
    <message>
        <location filename="../ui/files/FilesPanel.cpp" line="129"/>
        <source>No unsaved changes: the files on disk are what you see.</source>
        <translation>未保存の変更はありません。ディスク上のファイルは表示どおりです。</translation>
    </message>
    <message>
        <location filename="../ui/files/FilesPanel.cpp" line="130"/>
        <source>Saving will make exactly these changes:</source>
        <translation>保存すると、まさに次の変更が加わります:</translation>
    </message>
</context>
<context>
    <name>apm::HttpCall</name>
    <message>
        <location filename="../app/core/base/Http.cpp" line="35"/>
        <source>the network module is not installed (looked for %1)</source>
        <translation>ネットワークのモジュールがインストールされていません（探した場所: %1）</translation>
    </message>
    <message>
        <location filename="../app/core/base/Http.cpp" line="72"/>
        <source>No request can be sent: %1. Reinstall aws-profile-manager.</source>
        <translation>リクエストを送れません: %1。aws-profile-manager を再インストールしてください。</translation>
    </message>
</context>
<context>
    <name>apm::IdentityCheck</name>
    <message>
        <location filename="../ui/profile/IdentityCheck.cpp" line="64"/>
        <source>The check stopped before it had an answer.</source>
        <translation>応答を得る前に確認が止まりました。</translation>
    </message>
    <message>
        <location filename="../ui/profile/IdentityCheck.cpp" line="68"/>
        <source>Account %1 · %2 · user id %3 · credentials from %4</source>
        <translation>アカウント %1 · %2 · ユーザー ID %3 · 認証情報の出所 %4</translation>
    </message>
    <message>
        <location filename="../ui/profile/IdentityCheck.cpp" line="74"/>
        <source> · temporary, until %1</source>
        <translation> · 一時的、%1 まで</translation>
    </message>
    <message>
        <location filename="../ui/profile/IdentityCheck.cpp" line="101"/>
        <source>The rotation stopped before it ended: check the profile&apos;s keys with Test credentials.</source>
        <translation>ローテーションが途中で止まりました。「認証情報をテスト」でプロファイルのキーを確認してください。</translation>
    </message>
    <message>
        <location filename="../ui/profile/IdentityCheck.cpp" line="41"/>
        <source>Could not run %1: %2</source>
        <translation>%1 を実行できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>apm::ImdsPanel</name>
    <message>
        <location filename="../ui/imds/ImdsPanel.cpp" line="34"/>
        <source>Not probed yet. The probe sends the requests the AWS CLI sends, with its timeouts, and shows each answer.</source>
        <translation>まだ調べていません。調査では AWS CLI が送るリクエストを同じタイムアウトで送り、それぞれの応答を表示します。</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.cpp" line="52"/>
        <source>The AWS CLI refuses these settings: %1</source>
        <translation>AWS CLI はこれらの設定を受け付けません: %1</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.cpp" line="54"/>
        <source>AWS_EC2_METADATA_DISABLED is true: the AWS CLI never asks the instance metadata service.</source>
        <translation>AWS_EC2_METADATA_DISABLED が true です。AWS CLI はインスタンスメタデータサービスに一切問い合わせません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/imds/ImdsPanel.cpp" line="56"/>
        <source>Endpoint %1 · timeout %n s</source>
        <translation>
            <numerusform>エンドポイント %1 · タイムアウト %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/imds/ImdsPanel.cpp" line="57"/>
        <source> · %n attempt(s)</source>
        <translation>
            <numerusform> · %n 回試行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.cpp" line="58"/>
        <source> · IMDSv1 disabled</source>
        <translation> · IMDSv1 無効</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.cpp" line="76"/>
        <source>Probing %1…</source>
        <translation>%1 を調べています…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/imds/ImdsPanel.cpp" line="97"/>
        <source>Cancelled before the metadata service answered. The AWS CLI would have waited %n second(s) per request before moving on.</source>
        <translation>
            <numerusform>メタデータサービスが応答する前に中止しました。AWS CLI なら、次に進む前にリクエストごとに %n 秒待っていたはずです。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.cpp" line="107"/>
        <location filename="../ui/imds/ImdsPanel.cpp" line="114"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.cpp" line="108"/>
        <source>no request sent</source>
        <translation>リクエストは送信していません</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.cpp" line="109"/>
        <source>IMDSv2 (session token)</source>
        <translation>IMDSv2（セッショントークン）</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.cpp" line="110"/>
        <source>IMDSv1 (no token)</source>
        <translation>IMDSv1（トークンなし）</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.cpp" line="111"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.cpp" line="127"/>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.cpp" line="128"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.cpp" line="128"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.cpp" line="135"/>
        <source>no credentials</source>
        <translation>認証情報なし</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.cpp" line="141"/>
        <source>in %1 (%2)</source>
        <translation>%1 後（%2）</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.cpp" line="142"/>
        <source>expired %1 ago (%2); the AWS CLI extends and uses them anyway</source>
        <translation>%1 前に期限切れ（%2）。AWS CLI は期限を延ばしてそのまま使います</translation>
    </message>
</context>
<context>
    <name>apm::ImdsProbe</name>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="202"/>
        <source>answer larger than %1 KiB, abandoned</source>
        <translation>応答が %1 KiB を超えたため中止しました</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="203"/>
        <source>read timeout</source>
        <translation>読み取りタイムアウト</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="203"/>
        <source>connect timeout</source>
        <translation>接続タイムアウト</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="262"/>
        <source>The credentials document for role %1 has no %2.</source>
        <translation>ロール %1 の認証情報文書に %2 がありません。</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="361"/>
        <source>%1 s × %2 attempt(s)</source>
        <translation>%1 秒 × %2 回</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="364"/>
        <source>AWS_EC2_METADATA_DISABLED is true: the AWS CLI does not ask the instance metadata service.</source>
        <translation>AWS_EC2_METADATA_DISABLED が true です。AWS CLI はインスタンスメタデータサービスに問い合わせません。</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="368"/>
        <source>The AWS CLI refuses this setting, and stops: %1</source>
        <translation>AWS CLI はこの設定を受け付けず、停止します: %1</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="371"/>
        <source>The endpoint %1 does not end with &apos;/&apos;, so the AWS CLI 2.9 pastes the path onto its port and stops with &quot;%2&quot;. Add the final &apos;/&apos;.</source>
        <translation>エンドポイント %1 が &apos;/&apos; で終わっていないため、AWS CLI 2.9 はパスをポート番号の後ろに直接つなげてしまい、「%2」で停止します。末尾に &apos;/&apos; を付けてください。</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="377"/>
        <source>Nothing usable answered at %1 (%2). Either this machine is not an EC2 instance (or the endpoint is wrong), or this runs in a container on EC2 whose metadata hop limit is 1, so answers cannot make the extra hop. Check the instance&apos;s MetadataOptions.HttpPutResponseHopLimit (2 for containers), or give the container its own role.</source>
        <translation>%1 では使える応答がありませんでした（%2）。このマシンが EC2 インスタンスではない（またはエンドポイントが間違っている）か、メタデータのホップ制限が 1 の EC2 上のコンテナで動いていて、応答が追加のホップを越えられないかのどちらかです。インスタンスの MetadataOptions.HttpPutResponseHopLimit（コンテナには 2）を確認するか、コンテナに独自のロールを与えてください。</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="386"/>
        <source>No IMDSv2 token could be had, and IMDSv1 is disabled here (AWS_EC2_METADATA_V1_DISABLED or ec2_metadata_v1_disabled): the AWS CLI gets no instance credentials.</source>
        <translation>IMDSv2 トークンを取得できず、ここでは IMDSv1 が無効です（AWS_EC2_METADATA_V1_DISABLED または ec2_metadata_v1_disabled）。AWS CLI はインスタンスの認証情報を取得できません。</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="389"/>
        <source>The instance requires IMDSv2 (401 without a token), and the token request failed. In a container, raise the hop limit to 2.</source>
        <translation>インスタンスは IMDSv2 を必須にしています（トークンなしで 401）が、トークンのリクエストに失敗しました。コンテナではホップ制限を 2 に上げてください。</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="394"/>
        <source>The metadata service rejected the token request (400 Bad Request): the AWS CLI gives up without trying IMDSv1. Check that nothing rewrites the request (a proxy, X-Forwarded-For).</source>
        <translation>メタデータサービスがトークンのリクエストを拒否しました（400 Bad Request）。AWS CLI は IMDSv1 を試さずにあきらめます。リクエストを書き換えるもの（プロキシ、X-Forwarded-For）がないか確認してください。</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="399"/>
        <source>The instance answers, but has no IAM role (instance profile) attached. Attach one (aws ec2 associate-iam-instance-profile) or use another source of credentials.</source>
        <translation>インスタンスは応答しますが、IAM ロール（インスタンスプロファイル）がアタッチされていません。ロールをアタッチする（aws ec2 associate-iam-instance-profile）か、別の認証情報のソースを使ってください。</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="404"/>
        <source>The credentials document for role %1 is not valid JSON (or too large): the AWS CLI ignores it.</source>
        <translation>ロール %1 の認証情報文書が有効な JSON ではありません（または大きすぎます）。AWS CLI はこれを無視します。</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="408"/>
        <source> The AWS CLI ignores such a document.</source>
        <translation> AWS CLI はこのような文書を無視します。</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="415"/>
        <source>Role %1, access key %2, via IMDS%3.</source>
        <translation>ロール %1、アクセスキー %2、IMDS%3 経由。</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="421"/>
        <source>The credentials expired at %1: the AWS CLI keeps using them for a while (static stability), but AWS will refuse them.</source>
        <translation>認証情報は %1 に期限切れになりました。AWS CLI はしばらく使い続けます（静的安定性）が、AWS はそれを拒否します。</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="411"/>
        <location filename="../app/core/imds/ImdsClient.cpp" line="427"/>
        <source>Region from the availability zone: %1.</source>
        <translation>アベイラビリティーゾーンから求めたリージョン: %1。</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="87"/>
        <source>%1 is set, but NO_PROXY exempts %2: requests go directly.</source>
        <translation>%1 が設定されていますが、NO_PROXY が %2 を除外しているため、リクエストは直接送られます。</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="90"/>
        <source>Requests go through the proxy %1 (%2). A proxy cannot reach the instance metadata service: add %3 to NO_PROXY.</source>
        <translation>リクエストはプロキシ %1（%2）を経由します。プロキシはインスタンスメタデータサービスに到達できません。NO_PROXY に %3 を追加してください。</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="424"/>
        <source>They expire at %1 (in %2).</source>
        <translation>有効期限は %1（あと %2）です。</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="435"/>
        <source>The token request timed out and IMDSv1 answered: typical of a container whose hop limit is 1.</source>
        <translation>トークンのリクエストがタイムアウトし、IMDSv1 が応答しました。ホップ制限が 1 のコンテナによくある状況です。</translation>
    </message>
</context>
<context>
    <name>apm::ImportSetDialog</name>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.cpp" line="25"/>
        <location filename="../ui/organisation/ImportSetDialog.cpp" line="127"/>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.cpp" line="27"/>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.cpp" line="36"/>
        <source>Profile set</source>
        <translation>プロファイルセット</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.cpp" line="37"/>
        <source>Profile sets (*.ini *.cfg *.conf *.txt);;All files (*)</source>
        <translation>プロファイルセット (*.ini *.cfg *.conf *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.cpp" line="98"/>
        <source>Replace hand edits?</source>
        <translation>手作業の変更を置き換えますか?</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.cpp" line="98"/>
        <source>Replace the block</source>
        <translation>ブロックを置き換える</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.cpp" line="109"/>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.cpp" line="117"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.cpp" line="118"/>
        <source>Fetching %1…</source>
        <translation>%1 を取得しています…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/organisation/ImportSetDialog.cpp" line="140"/>
        <source>%n section(s) of the set go into the block &quot;%1&quot;.</source>
        <translation>
            <numerusform>セットの %n セクションをブロック「%1」に入れます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.cpp" line="142"/>
        <source>Left out, since you have your own: %1</source>
        <translation>ご自身のものがあるため除外: %1</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.cpp" line="144"/>
        <source>No longer in the set, removed: %1</source>
        <translation>セットになくなったため削除: %1</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.cpp" line="146"/>
        <source>Nothing to change.</source>
        <translation>変更はありません。</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.cpp" line="161"/>
        <source>Import the profile set %1</source>
        <translation>プロファイルセット %1 をインポート</translation>
    </message>
</context>
<context>
    <name>apm::IniDocument</name>
    <message>
        <location filename="../app/core/ini/IniDocument.cpp" line="715"/>
        <source>the AWS CLI cannot add &quot;%1.%2&quot; here: the line after &quot;%1 =&quot; is not a setting, and its writer fails on it. Remove the blank or comment line after &quot;%1 =&quot; first.</source>
        <translation>AWS CLI はここに「%1.%2」を追加できません。「%1 =」の次の行が設定ではなく、その書き込み処理が失敗します。先に「%1 =」の後の空行またはコメント行を削除してください。</translation>
    </message>
    <message>
        <location filename="../app/core/ini/IniDocument.cpp" line="721"/>
        <source>the AWS CLI cannot add &quot;%1.%2&quot; when &quot;%1 =&quot; is the last line of the file, and its writer fails on it. Add the sub-setting by hand.</source>
        <translation>「%1 =」がファイルの最終行のとき、AWS CLI は「%1.%2」を追加できず、その書き込み処理が失敗します。サブ設定は手作業で追加してください。</translation>
    </message>
</context>
<context>
    <name>apm::IniReader</name>
    <message>
        <location filename="../app/core/ini/IniReader.cpp" line="26"/>
        <source>this line holds NUL bytes (%1 of its %2 characters): the file is damaged or not text, and the AWS CLI cannot read it. Restore it from a backup, or remove the line.</source>
        <translation>この行には NUL バイトが含まれています（%2 文字中 %1 個）。ファイルが壊れているかテキストではないため、AWS CLI は読み込めません。バックアップから復元するか、この行を削除してください。</translation>
    </message>
    <message>
        <location filename="../app/core/ini/IniReader.cpp" line="32"/>
        <source>the file starts with a byte order mark (BOM), which the AWS CLI does not accept. Save the file as UTF-8 without BOM.</source>
        <translation>ファイルがバイトオーダーマーク（BOM）で始まっており、AWS CLI はこれを受け付けません。BOM なしの UTF-8 で保存してください。</translation>
    </message>
    <message>
        <location filename="../app/core/ini/IniReader.cpp" line="37"/>
        <source>this section header is not closed: &quot;%1&quot; needs a &quot;]&quot; at its end, and the AWS CLI refuses the file until it has one.</source>
        <translation>このセクション見出しが閉じていません。「%1」の末尾に「]」が必要で、それまで AWS CLI はファイルを拒否します。</translation>
    </message>
    <message>
        <location filename="../app/core/ini/IniReader.cpp" line="42"/>
        <source>this line comes before any [section] header, and the AWS CLI refuses the file. Put it under a section or remove it.</source>
        <translation>この行はどの [セクション] 見出しよりも前にあるため、AWS CLI はファイルを拒否します。セクションの下に移すか削除してください。</translation>
    </message>
    <message>
        <location filename="../app/core/ini/IniReader.cpp" line="45"/>
        <source>this line is neither a [section] header nor a &quot;key = value&quot; setting, and the AWS CLI refuses the file. Add &quot;= value&quot;, make it a comment with #, or remove it.</source>
        <translation>この行は [セクション] 見出しでも「キー = 値」の設定でもないため、AWS CLI はファイルを拒否します。「= 値」を加えるか、# でコメントにするか、削除してください。</translation>
    </message>
    <message>
        <location filename="../app/core/ini/IniReader.cpp" line="150"/>
        <source>the section [%1] appears a second time (first at line %2), and the AWS CLI refuses a file with a repeated section. Merge the two into one.</source>
        <translation>セクション [%1] が 2 回目に現れています（最初は %2 行目）。AWS CLI はセクションが重複したファイルを拒否します。2 つを 1 つにまとめてください。</translation>
    </message>
    <message>
        <location filename="../app/core/ini/IniReader.cpp" line="182"/>
        <source>this setting has no name before &quot;%1&quot;, and the AWS CLI refuses the file.</source>
        <translation>この設定には「%1」の前に名前がないため、AWS CLI はファイルを拒否します。</translation>
    </message>
    <message>
        <location filename="../app/core/ini/IniReader.cpp" line="191"/>
        <source>the key &quot;%1&quot; appears twice in this section (key names ignore case), and the AWS CLI refuses the file. Keep one of them.</source>
        <translation>キー「%1」がこのセクションに 2 回現れています（キー名は大文字と小文字を区別しません）。AWS CLI はファイルを拒否します。どちらか 1 つを残してください。</translation>
    </message>
    <message>
        <location filename="../app/core/ini/IniReader.cpp" line="248"/>
        <source>this indented line under &quot;%1 =&quot; is not &quot;name = value&quot;, and the AWS CLI refuses the file (nested settings take &quot;=&quot; only). Fix the line or remove it.</source>
        <translation>「%1 =」の下のこのインデントされた行は「名前 = 値」ではないため、AWS CLI はファイルを拒否します（入れ子の設定には「=」しか使えません）。行を修正するか削除してください。</translation>
    </message>
    <message>
        <location filename="../app/core/ini/IniReader.cpp" line="278"/>
        <source>the file is not valid UTF-8 text, so the AWS CLI cannot read it either. Save it as UTF-8.</source>
        <translation>ファイルが有効な UTF-8 テキストではないため、AWS CLI も読み込めません。UTF-8 で保存してください。</translation>
    </message>
</context>
<context>
    <name>apm::KeychainActions</name>
    <message>
        <location filename="../ui/keychain/KeychainActions.cpp" line="21"/>
        <source>Move keys to the &amp;keychain</source>
        <translation>キーをキーチェーンへ移動(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/keychain/KeychainActions.cpp" line="22"/>
        <source>Move keys back to the credentials &amp;file</source>
        <translation>キーを credentials ファイルへ戻す(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/keychain/KeychainActions.cpp" line="25"/>
        <source>Take the keys out of the credentials file and keep them in the OS keychain; the AWS CLI gets them through credential_process</source>
        <translation>キーを認証情報ファイルから取り出して OS のキーチェーンに保管します。AWS CLI は credential_process を通じてそれを取得します</translation>
    </message>
    <message>
        <location filename="../ui/keychain/KeychainActions.cpp" line="50"/>
        <source>Moving the keys of %1 into the keychain…</source>
        <translation>%1 のキーをキーチェーンに移動しています…</translation>
    </message>
    <message>
        <location filename="../ui/keychain/KeychainActions.cpp" line="51"/>
        <source>Moving the keys of %1 back to the credentials file…</source>
        <translation>%1 のキーを認証情報ファイルに戻しています…</translation>
    </message>
</context>
<context>
    <name>apm::KeychainSecretStore</name>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="35"/>
        <source>the keychain module is not installed (looked for %1)</source>
        <translation>キーチェーンのモジュールがインストールされていません（探した場所: %1）</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="61"/>
        <source>The keychain cannot be used: %1. Reinstall aws-profile-manager.</source>
        <translation>キーチェーンを使えません: %1。aws-profile-manager を再インストールしてください。</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="108"/>
        <source>The keychain has no item for %1.</source>
        <translation>キーチェーンに %1 の項目がありません。</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="113"/>
        <source>The keychain refused access (%1). If your login keyring is locked, unlock it (for example by logging in to the desktop) and try again.</source>
        <translation>キーチェーンがアクセスを拒否しました（%1）。ログインキーリングがロックされている場合は、ロックを解除して（例えばデスクトップにログインして）からもう一度試してください。</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="124"/>
        <source>WSL starts no desktop session, so there is no D-Bus session bus and no keychain to reach. Start one (dbus-run-session) with gnome-keyring-daemon, or keep these keys in the credentials file.</source>
        <translation>WSL はデスクトップセッションを開始しないため、D-Bus セッションバスも、到達できるキーチェーンもありません。gnome-keyring-daemon とともにセッションを開始する（dbus-run-session）か、これらのキーを認証情報ファイルに置いたままにしてください。</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="127"/>
        <source>No D-Bus session bus: the keychain (Secret Service) cannot be reached. This happens in SSH sessions without a desktop session; start one (dbus-run-session) with gnome-keyring-daemon, or keep these keys in the credentials file.</source>
        <translation>D-Bus セッションバスがありません。キーチェーン（Secret Service）に到達できません。デスクトップセッションのない SSH セッションで起こります。gnome-keyring-daemon とともにセッションを開始する（dbus-run-session）か、これらのキーを認証情報ファイルに置いたままにしてください。</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="136"/>
        <source>KWallet did not give access (%1). Enable the wallet in System Settings › KDE Wallet, open it, and try again.</source>
        <translation>KWallet がアクセスを許可しませんでした（%1）。システム設定 › KDE ウォレットでウォレットを有効にして開き、もう一度試してください。</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="145"/>
        <source>The Secret Service has no default keyring (%1). Create one and make it the default (in Seahorse: File › New › Password Keyring, then &quot;Set as default&quot;), and try again.</source>
        <translation>Secret Service に既定のキーリングがありません（%1）。キーリングを作成して既定にし（Seahorse では ファイル › 新規 › パスワードキーリング、次に「既定に設定」）、もう一度試してください。</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="154"/>
        <source>The keyring is locked and was not unlocked (%1). Unlock it (Seahorse, or logging in to the desktop) and try again.</source>
        <translation>キーリングがロックされており、解除されませんでした（%1）。ロックを解除して（Seahorse、またはデスクトップへのログインで）からもう一度試してください。</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="163"/>
        <source>No Secret Service answers on the session bus (%1). WSL has none of its own: start gnome-keyring-daemon in your session, then try again.</source>
        <translation>セッションバスで応答する Secret Service がありません（%1）。WSL には独自のものがありません。セッションで gnome-keyring-daemon を起動してから、もう一度試してください。</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="166"/>
        <source>No Secret Service answers on the session bus (%1). Install and start gnome-keyring or KWallet (with its Secret Service), then try again.</source>
        <translation>セッションバスで応答する Secret Service がありません（%1）。gnome-keyring または KWallet（Secret Service 付き）をインストールして起動してから、もう一度試してください。</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="177"/>
        <source>The keychain failed: %1</source>
        <translation>キーチェーンでエラーが発生しました: %1</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="177"/>
        <source>no reason given</source>
        <translation>理由は示されていません</translation>
    </message>
</context>
<context>
    <name>apm::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="56"/>
        <source>%1 and %2</source>
        <translation>%1 と %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="154"/>
        <source>Precedence</source>
        <translation>優先順位</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="160"/>
        <source>Instance metadata</source>
        <translation>インスタンスメタデータ</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="122"/>
        <source>The copied secret was cleared from the clipboard.</source>
        <translation>コピーした秘密をクリップボードから消去しました。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="166"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="184"/>
        <source>Active in your shells: </source>
        <translation>シェルで有効: </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="206"/>
        <source>The SSO profiles are in the config file: Save to write it.</source>
        <translation>SSO のプロファイルを設定ファイルに入れました。保存するとファイルに書き込まれます。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>The profile set is in the config file: Save to write it.</source>
        <translation>プロファイルセットを設定ファイルに入れました。保存するとファイルに書き込まれます。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="317"/>
        <source>Save your changes before the window opens the other files?</source>
        <translation>ウィンドウが別のファイルを開く前に変更を保存しますか?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="330"/>
        <source>Save your changes to the AWS files before closing?</source>
        <translation>閉じる前に AWS ファイルへの変更を保存しますか?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="291"/>
        <source>This file cannot be read the way the AWS CLI reads it, so it is shown read-only and never written:&lt;br&gt;%1&lt;br&gt;&lt;a href=&quot;#line&quot;&gt;Show the line&lt;/a&gt;</source>
        <translation>このファイルは AWS CLI と同じ方法では読み込めないため、読み取り専用で表示し、書き込むことはありません:&lt;br&gt;%1&lt;br&gt;&lt;a href=&quot;#line&quot;&gt;その行を表示&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="294"/>
        <source>%1 · %2 · %n profile(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n 個のプロファイル</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apm::ManagedBlock</name>
    <message>
        <location filename="../app/core/config/ManagedBlock.cpp" line="73"/>
        <source>a second block &quot;%1&quot; starts here (the first at line %2): remove one of them, markers included.</source>
        <translation>2 つ目のブロック「%1」がここから始まります（1 つ目は %2 行目）。どちらかを、マーカーも含めて削除してください。</translation>
    </message>
    <message>
        <location filename="../app/core/config/ManagedBlock.cpp" line="86"/>
        <source>the block &quot;%1&quot; closes here but does not open before: restore its first line, or remove this one.</source>
        <translation>ブロック「%1」はここで終わりますが、その前に始まりがありません。最初の行を戻すか、この行を削除してください。</translation>
    </message>
    <message>
        <location filename="../app/core/config/ManagedBlock.cpp" line="103"/>
        <source>the block &quot;%1&quot; that starts here never closes (its last line, &quot;%2&quot;, is missing): restore that line where the block ends.</source>
        <translation>ここから始まるブロック「%1」に終わりがありません（最後の行「%2」がありません）。ブロックの終わりにその行を戻してください。</translation>
    </message>
</context>
<context>
    <name>apm::NewProfileDialog</name>
    <message>
        <location filename="../ui/profile/NewProfileDialog.cpp" line="58"/>
        <source>Give the profile a name.</source>
        <translation>プロファイルに名前を付けてください。</translation>
    </message>
    <message>
        <location filename="../ui/profile/NewProfileDialog.cpp" line="67"/>
        <source>[profile NAME]</source>
        <translation>[profile 名前]</translation>
    </message>
    <message>
        <location filename="../ui/profile/NewProfileDialog.cpp" line="69"/>
        <source>The keys go to %1 under [%2]; the other settings to %3 under %4.</source>
        <translation>キーは %1 の [%2] に、その他の設定は %3 の %4 に書き込みます。</translation>
    </message>
    <message>
        <location filename="../ui/profile/NewProfileDialog.cpp" line="70"/>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/profile/NewProfileDialog.cpp" line="71"/>
        <source>Everything goes to %1 under %2.</source>
        <translation>すべて %1 の %2 に書き込みます。</translation>
    </message>
</context>
<context>
    <name>apm::PrecedenceModel</name>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="145"/>
        <source>%1  (%2)</source>
        <translation>%1  （%2）</translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="145"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="146"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="169"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="199"/>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="200"/>
        <source>Used</source>
        <translation>使用</translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="203"/>
        <source>credentials</source>
        <translation>credentials</translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="204"/>
        <source>config</source>
        <translation>config</translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="205"/>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="206"/>
        <source>Instance</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="210"/>
        <source>The setting the AWS CLI looks up</source>
        <translation>AWS CLI が参照する設定</translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="211"/>
        <source>The value the AWS CLI uses, and where it comes from</source>
        <translation>AWS CLI が使う値とその出どころ</translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="212"/>
        <source>A command-line option (--profile, --region, --output, ...)</source>
        <translation>コマンドラインオプション（--profile、--region、--output、...）</translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="213"/>
        <source>An environment variable (AWS_PROFILE, AWS_REGION, ...)</source>
        <translation>環境変数（AWS_PROFILE、AWS_REGION、...）</translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="214"/>
        <source>The shared credentials file</source>
        <translation>共有認証情報ファイル</translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="215"/>
        <source>The config file</source>
        <translation>設定ファイル</translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="216"/>
        <source>A credential provider the profile names: a process, an assumed role, SSO</source>
        <translation>プロファイルが指定する認証情報プロバイダー: プロセス、引き受けたロール、SSO</translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="217"/>
        <source>The container&apos;s credentials endpoint or the instance metadata service</source>
        <translation>コンテナの認証情報エンドポイント、またはインスタンスメタデータサービス</translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="201"/>
        <source>--option</source>
        <translation>--option</translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="202"/>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
</context>
<context>
    <name>apm::PrecedencePanel</name>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.cpp" line="116"/>
        <source>Hide the what-if options</source>
        <translation>仮定オプションを隠す</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.cpp" line="116"/>
        <source>Show the what-if options</source>
        <translation>仮定オプションを表示</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.cpp" line="185"/>
        <source>Reading the environment of a login shell (%1)…</source>
        <translation>ログインシェル（%1）の環境を読み取っています…</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.cpp" line="189"/>
        <source>%1 -l did not print its environment; showing this program&apos;s.</source>
        <translation>%1 -l が環境を出力しませんでした。このプログラムの環境を表示します。</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.cpp" line="270"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.cpp" line="271"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.cpp" line="272"/>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.cpp" line="276"/>
        <source>No findings: nothing shadows or breaks this configuration.</source>
        <translation>検出事項はありません。この設定を隠したり壊したりするものはありません。</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.cpp" line="282"/>
        <source>Asking %1… the table updates when the answer arrives.</source>
        <translation>%1 に問い合わせています… 応答が届くと表が更新されます。</translation>
    </message>
</context>
<context>
    <name>apm::Profile</name>
    <message>
        <location filename="../app/core/config/Profile.cpp" line="53"/>
        <source>settings only</source>
        <translation>設定のみ</translation>
    </message>
    <message>
        <location filename="../app/core/config/Profile.cpp" line="54"/>
        <source>static keys</source>
        <translation>静的キー</translation>
    </message>
    <message>
        <location filename="../app/core/config/Profile.cpp" line="55"/>
        <source>assume role</source>
        <translation>ロールの引き受け</translation>
    </message>
    <message>
        <location filename="../app/core/config/Profile.cpp" line="56"/>
        <source>role (credential source)</source>
        <translation>ロール（credential_source）</translation>
    </message>
    <message>
        <location filename="../app/core/config/Profile.cpp" line="57"/>
        <source>web identity</source>
        <translation>Web ID</translation>
    </message>
    <message>
        <location filename="../app/core/config/Profile.cpp" line="58"/>
        <source>SSO</source>
        <translation>SSO</translation>
    </message>
    <message>
        <location filename="../app/core/config/Profile.cpp" line="59"/>
        <source>credential process</source>
        <translation>認証情報プロセス</translation>
    </message>
    <message>
        <location filename="../app/core/config/Profile.cpp" line="60"/>
        <source>login</source>
        <translation>ログイン</translation>
    </message>
</context>
<context>
    <name>apm::ProfileFields</name>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="39"/>
        <source>Access key ID</source>
        <translation>アクセスキー ID</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="41"/>
        <source>Secret access key</source>
        <translation>シークレットアクセスキー</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="43"/>
        <source>Session token</source>
        <translation>セッショントークン</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="45"/>
        <source>Default region name</source>
        <translation>既定のリージョン名</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="48"/>
        <source>Default output format</source>
        <translation>既定の出力形式</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="54"/>
        <source>Role ARN</source>
        <translation>ロール ARN</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="56"/>
        <source>Source profile</source>
        <translation>ソースプロファイル</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="59"/>
        <source>Credential source</source>
        <translation>認証情報のソース</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="65"/>
        <source>MFA device serial or ARN</source>
        <translation>MFA デバイスのシリアル番号または ARN</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="67"/>
        <source>External ID</source>
        <translation>外部 ID</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="69"/>
        <source>Role session name</source>
        <translation>ロールセッション名</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="71"/>
        <source>Duration (seconds)</source>
        <translation>期間（秒）</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="73"/>
        <source>Web identity token file</source>
        <translation>Web ID トークンファイル</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="75"/>
        <source>SSO session</source>
        <translation>SSO セッション</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="77"/>
        <source>SSO account ID</source>
        <translation>SSO アカウント ID</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="79"/>
        <source>SSO role name</source>
        <translation>SSO ロール名</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="81"/>
        <source>SSO start URL (without a session)</source>
        <translation>SSO スタート URL（セッションなし）</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="83"/>
        <source>SSO region (without a session)</source>
        <translation>SSO リージョン（セッションなし）</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="85"/>
        <source>Credential process command</source>
        <translation>認証情報プロセスのコマンド</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="205"/>
        <source>Provided region_name &apos;%1&apos; doesn&apos;t match a supported format.</source>
        <translation>Provided region_name &apos;%1&apos; doesn&apos;t match a supported format.</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="213"/>
        <source>Unknown output type: %1 (the AWS CLI knows json, yaml, yaml-stream, text and table)</source>
        <translation>不明な出力タイプ: %1（AWS CLI が知っているのは json、yaml、yaml-stream、text、table です）</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="224"/>
        <source>This does not look like a role ARN (arn:aws:iam::123456789012:role/NAME); STS will refuse it.</source>
        <translation>ロール ARN（arn:aws:iam::123456789012:role/NAME）のようには見えません。STS は拒否します。</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="233"/>
        <source>The source_profile &quot;%1&quot; referenced in the profile &quot;%2&quot; does not exist.</source>
        <translation>The source_profile &quot;%1&quot; referenced in the profile &quot;%2&quot; does not exist.</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="237"/>
        <source>A profile can be its own source_profile only when it has keys of its own; otherwise the AWS CLI reports an infinite loop.</source>
        <translation>プロファイルを自身の source_profile にできるのは、自身のキーを持つ場合だけです。そうでなければ AWS CLI は無限ループを報告します。</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="240"/>
        <location filename="../app/core/config/ProfileFields.cpp" line="252"/>
        <source>The profile &quot;%1&quot; contains both source_profile and credential_source.</source>
        <translation>The profile &quot;%1&quot; contains both source_profile and credential_source.</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="249"/>
        <source>The credential source &quot;%1&quot; referenced in profile &quot;%2&quot; is not valid.</source>
        <translation>The credential source &quot;%1&quot; referenced in profile &quot;%2&quot; is not valid.</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="263"/>
        <source>Not a whole number: the AWS CLI ignores it and asks STS for one hour.</source>
        <translation>整数ではありません。AWS CLI はこれを無視し、STS に 1 時間を要求します。</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="265"/>
        <source>STS accepts 900 to 43200 seconds (and no more than the role&apos;s maximum).</source>
        <translation>STS が受け付けるのは 900～43200 秒です（かつロールの最大値以下）。</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="274"/>
        <source>Access key IDs are 16 to 128 capital letters and digits (AKIA… or ASIA…).</source>
        <translation>アクセスキー ID は 16～128 文字の英大文字と数字です（AKIA… または ASIA…）。</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="277"/>
        <source>An ASIA… key is temporary: it needs its session token too.</source>
        <translation>ASIA… のキーは一時的なものです。セッショントークンも必要です。</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="285"/>
        <source>There is no [sso-session %1] section in the config file.</source>
        <translation>設定ファイルに [sso-session %1] セクションがありません。</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="293"/>
        <source>The start URL is the https:// address of your AWS access portal.</source>
        <translation>開始 URL は AWS アクセスポータルの https:// アドレスです。</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="295"/>
        <source>This profile names an sso_session: the AWS CLI takes the start URL from that block, and this one must match it.</source>
        <translation>このプロファイルは sso_session を指定しています。AWS CLI は開始 URL をそのブロックから取得するため、ここの値はそれと一致している必要があります。</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="305"/>
        <source>An AWS account ID is twelve digits.</source>
        <translation>AWS アカウント ID は 12 桁の数字です。</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="313"/>
        <source>No such file here; the AWS CLI reads the token from it on every call.</source>
        <translation>そのようなファイルはここにありません。AWS CLI は呼び出しのたびにそこからトークンを読み込みます。</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="351"/>
        <source>Give both the access key ID and the secret access key, or neither.</source>
        <translation>アクセスキー ID とシークレットアクセスキーは、両方指定するか、どちらも指定しないでください。</translation>
    </message>
</context>
<context>
    <name>apm::ProfileForm</name>
    <message numerus="yes">
        <location filename="../ui/profile/ProfileForm.cpp" line="194"/>
        <source>This value is %n characters long, too long to edit here: edit it in the Files tab.</source>
        <translation>
            <numerusform>この値は %n 文字あり、ここで編集するには長すぎます。「ファイル」タブで編集してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apm::ProfileListModel</name>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="37"/>
        <source>signed in until %1</source>
        <translation>%1 までサインイン済み</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="38"/>
        <source>signed in, renewed by the AWS CLI</source>
        <translation>サインイン済み (AWS CLI が更新)</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="40"/>
        <source>sign-in expired</source>
        <translation>サインインの期限切れ</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="41"/>
        <source>The SSO sign-in as %1 expired at %2: run aws sso login --profile %3.</source>
        <translation>%1 としての SSO サインインは %2 に期限切れになりました。aws sso login --profile %3 を実行してください。</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="44"/>
        <source>not signed in</source>
        <translation>未サインイン</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="45"/>
        <source>Not signed in to SSO as %1: run aws sso login --profile %2.</source>
        <translation>%1 として SSO にサインインしていません。aws sso login --profile %2 を実行してください。</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="50"/>
        <source>sign-in unreadable</source>
        <translation>サインイン情報を読めません</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="51"/>
        <source>The SSO token cached in %1 cannot be read: run aws sso login --profile %2.</source>
        <translation>%1 にキャッシュされた SSO トークンを読み取れません。aws sso login --profile %2 を実行してください。</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="194"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="204"/>
        <source>Profile %1, %2, active in your shells</source>
        <translation>プロファイル %1、%2、シェルでアクティブ</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="205"/>
        <source>Profile %1, %2</source>
        <translation>プロファイル %1、%2</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="207"/>
        <source>, %1</source>
        <translation>、%1</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="209"/>
        <source>, problem: %1</source>
        <translation>、問題: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="228"/>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="229"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="230"/>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
</context>
<context>
    <name>apm::ProfileListPane</name>
    <message>
        <location filename="../ui/list/ProfileListPane.cpp" line="121"/>
        <source>New profile %1</source>
        <translation>新しいプロファイル %1</translation>
    </message>
    <message>
        <location filename="../ui/list/ProfileListPane.cpp" line="145"/>
        <location filename="../ui/list/ProfileListPane.cpp" line="152"/>
        <source>Rename profile</source>
        <translation>プロファイル名の変更</translation>
    </message>
    <message>
        <location filename="../ui/list/ProfileListPane.cpp" line="145"/>
        <source>New name for %1:</source>
        <translation>%1 の新しい名前:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/list/ProfileListPane.cpp" line="153"/>
        <source>%n profile(s) take their credentials from %1 (source_profile = %1): %2.

Update them to %3 too?</source>
        <translation>
            <numerusform>%n 個のプロファイルが %1 から認証情報を取得しています（source_profile = %1）: %2。

これらも %3 に更新しますか?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/list/ProfileListPane.cpp" line="156"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../ui/list/ProfileListPane.cpp" line="170"/>
        <source>Duplicate profile</source>
        <translation>プロファイルの複製</translation>
    </message>
    <message>
        <location filename="../ui/list/ProfileListPane.cpp" line="170"/>
        <source>Name of the copy of %1:</source>
        <translation>%1 のコピーの名前:</translation>
    </message>
    <message>
        <location filename="../ui/list/ProfileListPane.cpp" line="187"/>
        <source>Delete the profile %1? These lines go (you can undo until you save):

%2</source>
        <translation>プロファイル %1 を削除しますか? 次の行がなくなります（保存するまでは元に戻せます）:

%2</translation>
    </message>
    <message>
        <location filename="../ui/list/ProfileListPane.cpp" line="188"/>
        <source>Delete profile</source>
        <translation>プロファイルを削除</translation>
    </message>
    <message>
        <location filename="../ui/list/ProfileListPane.cpp" line="188"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>apm::ProfilePanel</name>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="166"/>
        <source>Read from the keychain.</source>
        <translation>キーチェーンから読み込みました。</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="175"/>
        <source>Writing to the keychain…</source>
        <translation>キーチェーンに書き込んでいます…</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="186"/>
        <location filename="../ui/profile/ProfilePanel.cpp" line="463"/>
        <source>Secret copied; the clipboard is cleared in 30 seconds.</source>
        <translation>秘密をコピーしました。クリップボードは 30 秒後に消去されます。</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="197"/>
        <source>The test was cancelled.</source>
        <translation>テストを中止しました。</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="208"/>
        <source>MFA code</source>
        <translation>MFA コード</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="209"/>
        <source>MFA code for %1 (leave it empty if the role is still in the AWS CLI&apos;s cache):</source>
        <translation>%1 の MFA コード（ロールがまだ AWS CLI のキャッシュにあれば空のままにしてください）:</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="217"/>
        <source>Asking AWS STS whose credentials these are…</source>
        <translation>この認証情報が誰のものか AWS STS に問い合わせています…</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="227"/>
        <source>These credentials work: %1</source>
        <translation>この認証情報は有効です: %1</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="228"/>
        <source>The test failed: %1</source>
        <translation>テストに失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="234"/>
        <source>Cancel t&amp;est</source>
        <translation>テストを中止(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="234"/>
        <source>Test credent&amp;ials</source>
        <translation>認証情報をテスト(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="235"/>
        <source>Cancel the credentials test</source>
        <translation>認証情報のテストを中止する</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="236"/>
        <source>Test the credentials with AWS</source>
        <translation>AWS で認証情報をテストする</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="246"/>
        <source>Stopping the rotation: the new key is deleted again…</source>
        <translation>ローテーションを中止しています。新しいキーを削除しています…</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="251"/>
        <source>Save or revert your changes first: the rotation writes the new key into the files.</source>
        <translation>先に変更を保存するか元に戻してください。ローテーションは新しいキーをファイルに書き込みます。</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="255"/>
        <source>Rotate access key</source>
        <translation>アクセスキーのローテーション</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="256"/>
        <source>Replace the access key of %1 with a new one?

IAM creates a new key; once AWS accepts it (up to 30 seconds) it is written where the old one is, and the old key is deleted in IAM. Anything else that still uses the old key stops working. If a step fails, the new key is deleted again and nothing changes.</source>
        <translation>%1 のアクセスキーを新しいキーに置き換えますか?

IAM が新しいキーを作成し、AWS がそれを受け付けたら (最大 30 秒) 古いキーがある場所に書き込み、IAM で古いキーを削除します。古いキーをまだ使っている他のものは動かなくなります。途中の手順が失敗した場合は新しいキーを削除し、何も変更しません。</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="261"/>
        <source>Rotate</source>
        <translation>ローテーション</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="264"/>
        <source>Cancel rotation</source>
        <translation>ローテーションを中止</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="265"/>
        <source>Cancel the key rotation</source>
        <translation>キーのローテーションを中止する</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="267"/>
        <source>Rotating the access key…</source>
        <translation>アクセスキーをローテーションしています…</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="277"/>
        <source>R&amp;otate key…</source>
        <translation>キーをローテーション(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="278"/>
        <source>Rotate the access key</source>
        <translation>アクセスキーをローテーションする</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="281"/>
        <source>The key of %1 was rotated: %2</source>
        <translation>%1 のキーをローテーションしました: %2</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="282"/>
        <source>The rotation of %1&apos;s key failed: %2</source>
        <translation>%1 のキーのローテーションに失敗しました: %2</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="295"/>
        <source>Signing in with aws sso login: confirm in the page it opens in your browser…</source>
        <translation>aws sso login でサインインしています。ブラウザーで開くページで確認してください…</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="301"/>
        <source>aws sso login: %1</source>
        <translation>aws sso login: %1</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="308"/>
        <source>The sign-in failed: %1</source>
        <translation>サインインに失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="333"/>
        <source>Signed in to SSO (%1) until %2.</source>
        <translation>SSO (%1) に %2 までサインインしています。</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="337"/>
        <source>The SSO sign-in (%1) ended at %2; the AWS CLI renews it by itself.</source>
        <translation>SSO のサインイン (%1) は %2 に終了しましたが、AWS CLI が自動で更新します。</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="341"/>
        <source>The SSO sign-in (%1) expired at %2: sign in again.</source>
        <translation>SSO のサインイン (%1) は %2 に期限切れになりました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="344"/>
        <source>Not signed in to SSO (%1): sign in.</source>
        <translation>SSO (%1) にサインインしていません。サインインしてください。</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="349"/>
        <source>The SSO sign-in of %1 cannot be read (%2): sign in again.</source>
        <translation>%1 の SSO サインイン情報を読めません (%2)。もう一度サインインしてください。</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="376"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="377"/>
        <source>No profile selected</source>
        <translation>プロファイルが選択されていません</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="429"/>
        <source>Could not set %1: the profile %2 no longer exists.</source>
        <translation>%1 を設定できませんでした: プロファイル %2 はもう存在しません。</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="493"/>
        <source>Reading the keychain…</source>
        <translation>キーチェーンを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="505"/>
        <source>[sso-session %1], which this profile names</source>
        <translation>このプロファイルが指定する [sso-session %1]</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="506"/>
        <source>[sso-session %1] does not exist yet: fill it in to create it</source>
        <translation>[sso-session %1] はまだありません。入力すると作成されます</translation>
    </message>
</context>
<context>
    <name>apm::ProfileSettingsModel</name>
    <message>
        <location filename="../app/core/models/ProfileSettingsModel.cpp" line="92"/>
        <source>Not used: the credentials file sets %1 for this profile too, and the AWS CLI takes the credentials file&apos;s value.</source>
        <translation>使われていません。認証情報ファイルもこのプロファイルの %1 を設定しており、AWS CLI は認証情報ファイルの値を使います。</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileSettingsModel.cpp" line="96"/>
        <source>Inherited from the [DEFAULT] section of %1; editing it gives this profile its own value.</source>
        <translation>%1 の [DEFAULT] セクションから継承しています。編集すると、このプロファイル独自の値になります。</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileSettingsModel.cpp" line="115"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileSettingsModel.cpp" line="116"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileSettingsModel.cpp" line="117"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileSettingsModel.cpp" line="118"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileSettingsModel.cpp" line="164"/>
        <source>Select a setting to remove.</source>
        <translation>削除する設定を選択してください。</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileSettingsModel.cpp" line="169"/>
        <source>The config file&apos;s %1 is not used, as the credentials file sets it too. Remove the row of the value in use to remove both, or edit the config file in the Files tab.</source>
        <translation>設定ファイルの %1 は、認証情報ファイルも設定しているため使われていません。使われている値の行を削除すると両方が削除されます。または「ファイル」タブで設定ファイルを編集してください。</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileSettingsModel.cpp" line="173"/>
        <source>%1 comes from the [DEFAULT] section, which every profile shares; remove it there.</source>
        <translation>%1 はすべてのプロファイルが共有する [DEFAULT] セクションから来ています。そちらで削除してください。</translation>
    </message>
</context>
<context>
    <name>apm::ProfileStore</name>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="246"/>
        <source>%1 (on disk)</source>
        <translation>%1（ディスク上）</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="246"/>
        <source>%1 (yours)</source>
        <translation>%1（あなたの版）</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="319"/>
        <source>Edit the text of %1</source>
        <translation>%1 のテキストを編集</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="332"/>
        <source>%1 is no longer what this step changed; the step was not applied.</source>
        <translation>%1 はこの操作が変更した内容ではなくなっています。操作は適用していません。</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="656"/>
        <source>%1
The files are left untouched until this is fixed.</source>
        <translation>%1
これが修正されるまでファイルには手を加えません。</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="667"/>
        <source>A name or value cannot contain a line break: the file would not read back the same.</source>
        <translation>名前や値に改行は使えません。ファイルが同じ内容で読み戻せなくなります。</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="670"/>
        <source>&quot;%1&quot; cannot be a key: use lower case, without &quot;=&quot;, &quot;:&quot; or surrounding spaces.</source>
        <translation>「%1」はキーにできません。小文字を使い、「=」「:」や前後の空白を含めないでください。</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="693"/>
        <location filename="../app/core/config/ProfileStore.cpp" line="732"/>
        <source>Could not set %1: %2</source>
        <translation>%1 を設定できませんでした: %2</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="695"/>
        <source>Set %1.%2 of %3</source>
        <translation>%3 の %1.%2 を設定</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="695"/>
        <source>Set %1 of %2</source>
        <translation>%2 の %1 を設定</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="707"/>
        <source>&quot;%1&quot; cannot be an sso-session name: avoid brackets, quotes, line breaks and surrounding spaces.</source>
        <translation>「%1」は sso-session 名にできません。角かっこ、引用符、改行、前後の空白を避けてください。</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="711"/>
        <source>&quot;%1&quot; cannot be set: use a lower-case key and a value on one line.</source>
        <translation>「%1」は設定できません。小文字のキーと 1 行の値を使ってください。</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="734"/>
        <source>Remove %1 from sso-session %2</source>
        <translation>sso-session %2 から %1 を削除</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="735"/>
        <source>Set %1 of sso-session %2</source>
        <translation>sso-session %2 の %1 を設定</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="762"/>
        <location filename="../app/core/config/ProfileStore.cpp" line="775"/>
        <source>The profile %1 has no key %2 of its own.</source>
        <translation>プロファイル %1 には自身のキー %2 がありません。</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="763"/>
        <source>Remove %1 from %2</source>
        <translation>%2 から %1 を削除</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="778"/>
        <source>The profile %1 has no setting %2.%3.</source>
        <translation>プロファイル %1 には設定 %2.%3 がありません。</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="779"/>
        <source>Remove %1.%2 from %3</source>
        <translation>%3 から %1.%2 を削除</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="789"/>
        <source>&quot;%1&quot; cannot be a profile name: avoid brackets, quotes, line breaks and surrounding spaces.</source>
        <translation>「%1」はプロファイル名にできません。角かっこ、引用符、改行、前後の空白を避けてください。</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="792"/>
        <source>A profile named %1 already exists.</source>
        <translation>%1 という名前のプロファイルはすでにあります。</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="802"/>
        <source>New profile %1</source>
        <translation>新しいプロファイル %1</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="822"/>
        <location filename="../app/core/config/ProfileStore.cpp" line="857"/>
        <location filename="../app/core/config/ProfileStore.cpp" line="918"/>
        <source>The config profile (%1) could not be found</source>
        <translation>The config profile (%1) could not be found</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="848"/>
        <source>Rename %1 to %2</source>
        <translation>%1 の名前を %2 に変更</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="866"/>
        <source>Duplicate %1 as %2</source>
        <translation>%1 を %2 として複製</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="903"/>
        <source>%1: lines %2–%3 ([%4])</source>
        <translation>%1: %2–%3 行目（[%4]）</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="921"/>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
</context>
<context>
    <name>apm::ResolutionJob</name>
    <message>
        <location filename="../app/core/resolve/ResolutionJob.cpp" line="44"/>
        <source>Stopped waiting for %1; the AWS CLI waits for it to finish.</source>
        <translation>%1 を待つのをやめました。AWS CLI はそれが終わるまで待ちます。</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ResolutionJob.cpp" line="49"/>
        <source>Stopped waiting for the instance metadata service.</source>
        <translation>インスタンスメタデータサービスを待つのをやめました。</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ResolutionJob.cpp" line="55"/>
        <source>Stopped waiting for the container credentials endpoint.</source>
        <translation>コンテナの認証情報エンドポイントを待つのをやめました。</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ResolutionJob.cpp" line="93"/>
        <source>running %1</source>
        <translation>%1 を実行中</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ResolutionJob.cpp" line="113"/>
        <source>asking the container endpoint</source>
        <translation>コンテナのエンドポイントに問い合わせ中</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ResolutionJob.cpp" line="131"/>
        <source>nothing else sets it, so the AWS CLI asks the instance metadata service</source>
        <translation>ほかに設定するものがないため、AWS CLI はインスタンスメタデータサービスに問い合わせます</translation>
    </message>
</context>
<context>
    <name>apm::Resolver</name>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="46"/>
        <source>%1 is given</source>
        <translation>%1 が指定されています</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="47"/>
        <source>%1 is set</source>
        <translation>%1 が設定されています</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="48"/>
        <source>the credentials file sets it (%1)</source>
        <translation>認証情報ファイルが設定しています（%1）</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="49"/>
        <source>the config file sets it (%1)</source>
        <translation>設定ファイルが設定しています（%1）</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="50"/>
        <source>the %1 provider answers</source>
        <translation>%1 プロバイダーが応答します</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="51"/>
        <source>the container endpoint answers</source>
        <translation>コンテナーのエンドポイントが応答します</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="52"/>
        <source>the instance metadata service answers</source>
        <translation>インスタンスメタデータサービスが応答します</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="53"/>
        <source>nothing sets it, so the AWS CLI&apos;s default applies</source>
        <translation>どこにも設定がないため、AWS CLI の既定値が使われます</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="63"/>
        <source>not set anywhere</source>
        <translation>どこにも設定されていません</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="72"/>
        <source>overridden by %1</source>
        <translation>%1 に上書きされています</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="76"/>
        <source>; it overrides %1</source>
        <translation>。%1 を上書きします</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="135"/>
        <source>there is no [default] profile</source>
        <translation>[default] プロファイルがありません</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="143"/>
        <source>, but there is no such profile</source>
        <translation>。ただし、そのようなプロファイルはありません</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="158"/>
        <source>credentials file</source>
        <translation>認証情報ファイル</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="158"/>
        <source>config file</source>
        <translation>設定ファイル</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="172"/>
        <source>(nested settings)</source>
        <translation>（入れ子の設定）</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="177"/>
        <source>default</source>
        <translation>既定値</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="225"/>
        <source>ignored: --profile turns environment credentials off</source>
        <translation>無視されます: --profile を指定すると環境変数の認証情報は使われません</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="248"/>
        <source>would ask %1; not contacted</source>
        <translation>%1 に問い合わせることになります（問い合わせていません）</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="266"/>
        <source>the %1 provider failed: its error is under the findings</source>
        <translation>%1 プロバイダーが失敗しました。エラーは検出事項にあります</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="268"/>
        <source>from %1, which needs %2</source>
        <translation>%1 から（%2 が必要です）</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="270"/>
        <source>the %1 provider answers first in the AWS CLI&apos;s chain</source>
        <translation>AWS CLI のチェーンで最初に応答するのは %1 プロバイダーです</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="275"/>
        <source>; the keys live in the OS keychain (aws-profile-manager credential-process)</source>
        <translation>。キーは OS のキーチェーンにあります（aws-profile-manager credential-process）</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="277"/>
        <source>; the profile&apos;s own keys are not used (only --profile turns environment credentials off)</source>
        <translation>。プロファイル自身のキーは使われません（環境変数の認証情報を無効にするのは --profile だけです）</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="281"/>
        <source>not used: %1 answered first</source>
        <translation>使われません: %1 が先に応答しました</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="284"/>
        <source>not part of these credentials</source>
        <translation>この認証情報には含まれません</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="285"/>
        <source>no credentials found</source>
        <translation>認証情報が見つかりません</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="316"/>
        <source>AWS_ACCESS_KEY_ID is set, so the credentials of profile %1 are ignored. AWS_PROFILE does not change that; unset the variables or use --profile.</source>
        <translation>AWS_ACCESS_KEY_ID が設定されているため、プロファイル %1 の認証情報は無視されます。AWS_PROFILE では変わりません。変数を解除するか、--profile を使ってください。</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="323"/>
        <source>The credentials come from %1: %2. aws-profile-manager does not contact it.</source>
        <translation>認証情報は %1 から得られます: %2。aws-profile-manager は問い合わせません。</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="332"/>
        <source>%1 can be read by other users (mode %2). Run chmod 600 %1.</source>
        <translation>%1 は他のユーザーから読み取れます（モード %2）。chmod 600 %1 を実行してください。</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="360"/>
        <source>instance metadata</source>
        <translation>インスタンスメタデータ</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="361"/>
        <source>asked only when nothing else sets the region</source>
        <translation>ほかにリージョンの設定がない場合にだけ問い合わせます</translation>
    </message>
</context>
<context>
    <name>apm::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="24"/>
        <source>Choose a file</source>
        <translation>ファイルを選ぶ</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="30"/>
        <source>As the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="35"/>
        <source>Follow the system (light or dark)</source>
        <translation>システムに従う (ライトまたはダーク)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="36"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="37"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
</context>
<context>
    <name>apm::SsoPopulateDialog</name>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.cpp" line="23"/>
        <location filename="../ui/organisation/SsoPopulateDialog.cpp" line="150"/>
        <source>&amp;List accounts</source>
        <translation>アカウントの一覧を取得(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.cpp" line="25"/>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.cpp" line="79"/>
        <source>The config file has no [sso-session] yet: add one (aws configure sso-session does), sign in with aws sso login, and come back.</source>
        <translation>設定ファイルにまだ [sso-session] がありません。追加して（aws configure sso-session で追加できます）、aws sso login でサインインしてから戻ってください。</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.cpp" line="88"/>
        <source>Signed in. The accounts are listed from %1.</source>
        <translation>サインイン済みです。アカウントは %1 から取得します。</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.cpp" line="107"/>
        <source>Replace hand edits?</source>
        <translation>手作業の変更を置き換えますか?</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.cpp" line="107"/>
        <source>Replace the block</source>
        <translation>ブロックを置き換える</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.cpp" line="125"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.cpp" line="128"/>
        <source>Listing the accounts…</source>
        <translation>アカウントの一覧を取得しています…</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.cpp" line="136"/>
        <source>Listing the accounts: %1 so far…</source>
        <translation>アカウントの一覧を取得しています: これまでに %1 件…</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.cpp" line="141"/>
        <source>%1 of %2 accounts</source>
        <translation>%2 アカウント中 %1</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.cpp" line="142"/>
        <source>Listing the roles: %1 of %2 accounts…</source>
        <translation>ロールの一覧を取得しています: %2 アカウント中 %1…</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.cpp" line="153"/>
        <source>Stopped. Nothing changed.</source>
        <translation>停止しました。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.cpp" line="172"/>
        <source>%1 accounts, %2 account and role pairs: %3 profiles added, %4 updated, %5 removed, %6 kept.</source>
        <translation>%1 アカウント、アカウントとロールの組 %2: プロファイルを %3 件追加、%4 件更新、%5 件削除、%6 件保持。</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.cpp" line="177"/>
        <source>Not written, the name being yours: %1</source>
        <translation>名前がご自身のプロファイルと同じため書き込まず: %1</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.cpp" line="179"/>
        <source>Nothing to change.</source>
        <translation>変更はありません。</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.cpp" line="197"/>
        <source>Profiles from SSO session %1</source>
        <translation>SSO セッション %1 のプロファイル</translation>
    </message>
</context>
<context>
    <name>apm::SsoSignIn</name>
    <message>
        <location filename="../ui/profile/SsoSignIn.cpp" line="53"/>
        <source>Could not run the AWS CLI (aws): %1. Install it, or sign in from a terminal.</source>
        <translation>AWS CLI (aws) を実行できませんでした: %1。インストールするか、端末からサインインしてください。</translation>
    </message>
</context>
<context>
    <name>apm::TrayMenu</name>
    <message numerus="yes">
        <location filename="../ui/TrayMenu.cpp" line="29"/>
        <source>Filter %n profiles…</source>
        <translation>
            <numerusform>%n 個のプロファイルを絞り込む…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TrayMenu.cpp" line="30"/>
        <source>Filter the profiles</source>
        <translation>プロファイルを絞り込む</translation>
    </message>
    <message>
        <location filename="../ui/TrayMenu.cpp" line="83"/>
        <source>No profile matches</source>
        <translation>一致するプロファイルはありません</translation>
    </message>
    <message>
        <location filename="../ui/TrayMenu.cpp" line="90"/>
        <source>All profiles…</source>
        <translation>すべてのプロファイル…</translation>
    </message>
    <message>
        <location filename="../ui/TrayMenu.cpp" line="91"/>
        <source>No active profile</source>
        <translation>有効なプロファイルなし</translation>
    </message>
    <message>
        <location filename="../ui/TrayMenu.cpp" line="92"/>
        <source>Open AWS Profile Manager</source>
        <translation>AWS Profile Manager を開く</translation>
    </message>
</context>
<context>
    <name>apm::WelcomePane</name>
    <message>
        <location filename="../ui/welcome/WelcomePane.cpp" line="22"/>
        <source>The access key ID and the secret access key go to %1 under [default]; the region and the output format to %2 under [default]. Both files are created readable by you only. Leave a field empty to skip it, as `aws configure` does.</source>
        <translation>アクセスキー ID とシークレットアクセスキーは %1 の [default] に、リージョンと出力形式は %2 の [default] に書き込みます。どちらのファイルもあなただけが読めるように作成します。`aws configure` と同じく、項目を空にするとその項目は飛ばします。</translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePane.cpp" line="100"/>
        <source>The default profile is saved in %1 and %2.</source>
        <translation>既定のプロファイルを %1 と %2 に保存しました。</translation>
    </message>
</context>
<context>
    <name>apm::cli</name>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="34"/>
        <source>Usage: aws-profile-manager [COMMAND] [ARGUMENTS] [--profile NAME]

With no command, opens the window. Commands answer as `aws configure ...` of the AWS CLI v2 does:
  list-profiles              the profiles of ~/.aws/config and ~/.aws/credentials, in the CLI&apos;s order
  get NAME                   a value from the files (NAME as in `aws configure get`)
  set NAME VALUE             write a value where `aws configure set` writes it, byte for byte
  list                       the profile, keys and region the AWS CLI would use (aws configure list)
  export-credentials [--format process|env|env-no-export|powershell|windows-cmd]
                             the credentials, as aws configure export-credentials prints them
  explain [--json]           every field: what each source offers, which one wins, and why
  use PROFILE | --show | --clear   the active profile of shells that load the hook
      [--user-environment]         (Windows) also AWS_PROFILE of programs started afterwards
  shell-init bash|zsh|fish|pwsh    print that hook, for your shell&apos;s rc file
  keychain move-in|move-out --profile NAME   move the profile&apos;s keys into the OS keychain (and back);
                             the AWS CLI keeps working through credential_process
  credential-process --profile NAME         print the keychain&apos;s credentials for the AWS CLI
  imds [--json]              probe the instance metadata service: the trace and a diagnosis
                             (status 0 when it gives role credentials, 1 otherwise)
  whoami [--json] [--mfa-code CODE]   the account, ARN and user id of the credentials the AWS CLI
                             would use (STS GetCallerIdentity where the CLI would; a role is
                             assumed and cached for the CLI, asking for its MFA code if it has one)
  rotate [--wait SECONDS]    replace the profile&apos;s access key with a new one: IAM creates it, STS must
                             accept it (up to 30 s), it is written where the old one was, then the old
                             one is deleted; any failure on the way deletes the new key again
  sso populate --sso-session NAME [--name TEMPLATE] [--region REGION] [--dry-run] [--prune] [--force]
                             one profile per account and role of your IAM Identity Center user, in a
                             marked block of the config file that a re-run brings up to date; names
                             from TEMPLATE over {account_name} {account_id} {role_name} {sso_session}
                             (default {account_name}.{role_name}); --prune removes profiles whose
                             assignment has gone; --force replaces a block edited by hand
  import FILE|URL [--block NAME] [--dry-run] [--force]
                             a team&apos;s profile set (profiles, sso-sessions, services; no keys) into a
                             marked block of the config file named NAME (default: the file&apos;s name);
                             importing again replaces the block; your own profiles win on a clash;
                             URLs: https://, or http:// to a loopback address

Options:
  --profile NAME             the profile to use (otherwise AWS_PROFILE, AWS_DEFAULT_PROFILE, default)
  --region NAME, --output FORMAT   what-if global options, for explain and list (--region: also the
                             region sso populate writes)
  --version                  print the version
  --help, -h                 print this help (COMMAND help: the same)
  The AWS CLI&apos;s other global options (--debug, --query, --no-cli-pager, --color, ...) are accepted
  and ignored, as `aws configure` ignores them; anything else is refused (status 252).

Files: AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE, as for the AWS CLI.
Exit status: 0 success, 1 `get` found nothing, 252 wrong usage, 253 no credentials, 254 AWS refused
the call (whoami, rotate), 255 error.
</source>
        <translation>使い方: aws-profile-manager [コマンド] [引数] [--profile 名前]

コマンドを指定しないとウィンドウを開きます。各コマンドは AWS CLI v2 の `aws configure ...` と同じように答えます:
  list-profiles              ~/.aws/config と ~/.aws/credentials のプロファイル（CLI と同じ順序）
  get NAME                   ファイルにある値（NAME は `aws configure get` と同じ）
  set NAME VALUE             `aws configure set` が書き込む場所に値をバイト単位で同じに書き込む
  list                       AWS CLI が使うプロファイル、キー、リージョン（aws configure list）
  export-credentials [--format process|env|env-no-export|powershell|windows-cmd]
                             aws configure export-credentials と同じ形式の認証情報
  explain [--json]           各項目について、それぞれのソースが示す値、採用される値とその理由
  use PROFILE | --show | --clear   フックを読み込んだシェルのアクティブなプロファイル
      [--user-environment]         （Windows）以後に起動するプログラムの AWS_PROFILE も設定
  shell-init bash|zsh|fish|pwsh    シェルの rc ファイル用に、そのフックを出力する
  keychain move-in|move-out --profile NAME   プロファイルのキーを OS のキーチェーンに移す（または戻す）。
                             AWS CLI は credential_process を通じて引き続き動作する
  credential-process --profile NAME         キーチェーンの認証情報を AWS CLI 向けに出力する
  imds [--json]              インスタンスメタデータサービスを調べる: 経過と診断
                             （ロールの認証情報が得られればステータス 0、それ以外は 1）
  whoami [--json] [--mfa-code CODE]   AWS CLI が使う認証情報のアカウント、ARN、ユーザー ID
                             （CLI が呼ぶ場合は STS GetCallerIdentity。ロールは引き受けて CLI 用に
                             キャッシュし、MFA があればそのコードを尋ねる）
  rotate [--wait SECONDS]    プロファイルのアクセスキーを新しいものに置き換える: IAM が作成し、STS が
                             受け付けるのを待ち（最大 30 秒）、古いキーがあった場所に書き込んでから
                             古いキーを削除する。途中で失敗すると新しいキーは再び削除される
  sso populate --sso-session NAME [--name TEMPLATE] [--region REGION] [--dry-run] [--prune] [--force]
                             IAM Identity Center ユーザーのアカウントとロールごとに 1 つのプロファイルを、
                             再実行で最新化される設定ファイルのマーク付きブロックに作成する。名前は
                             TEMPLATE から {account_name} {account_id} {role_name} {sso_session} で作る
                             （既定は {account_name}.{role_name}）。--prune は割り当てがなくなった
                             プロファイルを削除し、--force は手で編集されたブロックを置き換える
  import FILE|URL [--block NAME] [--dry-run] [--force]
                             チームのプロファイルセット（プロファイル、sso-session、services。キーは除く）を
                             設定ファイルの NAME という名前のマーク付きブロックに取り込む（既定はファイル名）。
                             再度取り込むとブロックを置き換える。衝突した場合はあなた自身のプロファイルが優先。
                             URL: https://、またはループバックアドレスへの http://

オプション:
  --profile NAME             使うプロファイル（指定しなければ AWS_PROFILE、AWS_DEFAULT_PROFILE、default）
  --region NAME, --output FORMAT   explain と list 用の仮定のグローバルオプション（--region は
                             sso populate が書き込むリージョンにもなる）
  --version                  バージョンを出力する
  --help, -h                 このヘルプを出力する（コマンド help も同じ）
  AWS CLI のその他のグローバルオプション（--debug、--query、--no-cli-pager、--color、...）は、
  `aws configure` と同じく受け付けて無視する。それ以外は拒否する（ステータス 252）。

ファイル: AWS CLI と同じく AWS_CONFIG_FILE と AWS_SHARED_CREDENTIALS_FILE。
終了ステータス: 0 成功、1 `get` で何も見つからない、252 使い方の誤り、253 認証情報なし、254 AWS が
呼び出しを拒否（whoami、rotate）、255 エラー。
</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="266"/>
        <source>No command given.</source>
        <translation>コマンドが指定されていません。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="349"/>
        <source>--wait takes a number of seconds.</source>
        <translation>--wait には秒数を指定します。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="357"/>
        <source>sso populate: name the session with --sso-session NAME.</source>
        <translation>sso populate: --sso-session NAME でセッションを指定してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="412"/>
        <source>use: name the profile, or say --show or --clear</source>
        <translation>use: プロファイルを指定するか、--show または --clear を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="413"/>
        <source>use: --show and --clear take no profile</source>
        <translation>use: --show と --clear にはプロファイルを指定しません</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="272"/>
        <source>Unknown command: %1</source>
        <translation>不明なコマンド: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/UserEnvironment.cpp" line="25"/>
        <source>Could not change AWS_PROFILE in your user environment.</source>
        <translation>ユーザー環境の AWS_PROFILE を変更できませんでした。</translation>
    </message>
    <message>
        <location filename="../app/cli/UserEnvironment.cpp" line="33"/>
        <source>--user-environment is for Windows only; here, shells follow the active profile through the hook of `aws-profile-manager shell-init`.</source>
        <translation>--user-environment は Windows 専用です。ここでは、シェルは `aws-profile-manager shell-init` のフックを通じてアクティブなプロファイルに従います。</translation>
    </message>
    <message>
        <location filename="../app/cli/AwsCalls.cpp" line="33"/>
        <source>The MFA code was not accepted: give the code your device shows now (each code works once).</source>
        <translation>MFA コードが受け付けられませんでした。デバイスに今表示されているコードを入力してください (各コードは 1 回しか使えません)。</translation>
    </message>
    <message>
        <location filename="../app/cli/AwsCalls.cpp" line="36"/>
        <source>The secret access key does not belong to this access key ID: check aws_secret_access_key.</source>
        <translation>シークレットアクセスキーがこのアクセスキー ID のものではありません。aws_secret_access_key を確認してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/AwsCalls.cpp" line="39"/>
        <source>AWS does not know this access key ID: it was deleted or mistyped; create a new key in IAM.</source>
        <translation>AWS はこのアクセスキー ID を知りません。削除されたか入力が誤っています。IAM で新しいキーを作成してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/AwsCalls.cpp" line="42"/>
        <source>The session token has expired: get new temporary credentials.</source>
        <translation>セッショントークンの有効期限が切れています。新しい一時的な認証情報を取得してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/AwsCalls.cpp" line="44"/>
        <source>These credentials are not allowed this call: check the policies attached to the identity.</source>
        <translation>この認証情報にはこの呼び出しが許可されていません。このアイデンティティに付いているポリシーを確認してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/AwsCalls.cpp" line="47"/>
        <source>The portal did not accept your SSO sign-in (it expired or was revoked): sign in again with `aws sso login`.</source>
        <translation>ポータルが SSO のサインインを受け付けませんでした（期限切れか取り消されています）。`aws sso login` でもう一度サインインしてください。</translation>
    </message>
    <message>
        <location filename="../app/cli/AwsCalls.cpp" line="52"/>
        <source>AWS is limiting the rate of calls and still refused after the retries: wait a minute and try again, or raise max_attempts.</source>
        <translation>AWS が呼び出し回数を制限しており、再試行後も拒否されました。1 分ほど待ってからもう一度試すか、max_attempts を増やしてください。</translation>
    </message>
    <message>
        <location filename="../app/cli/AwsCalls.cpp" line="133"/>
        <source>%1 did not answer in time: check your network or proxy.</source>
        <translation>%1 が時間内に応答しませんでした。ネットワークかプロキシを確認してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/IdentityCommands.cpp" line="123"/>
        <source>The role %1 asks for an MFA code (mfa_serial %2): give it with --mfa-code, or run whoami on a terminal to be asked.</source>
        <translation>ロール %1 は MFA コードを求めています (mfa_serial %2)。--mfa-code で渡すか、端末で whoami を実行して入力してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/IdentityCommands.cpp" line="156"/>
        <source>The credentials come from %1 (%2). whoami uses them once the AWS CLI has them in its cache: run any aws command with this profile first.</source>
        <translation>認証情報は %1 (%2) から来ます。AWS CLI のキャッシュに入れば whoami はそれを使います。まずこのプロファイルで何か aws コマンドを実行してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/AwsCalls.cpp" line="123"/>
        <source>The host name does not resolve: check the endpoint (%1) and your DNS.</source>
        <translation>ホスト名を解決できません。エンドポイント (%1) と DNS を確認してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/AwsCalls.cpp" line="128"/>
        <source>The server&apos;s certificate was not accepted: check ca_bundle or AWS_CA_BUNDLE, or the certificate of your proxy.</source>
        <translation>サーバーの証明書が受け入れられませんでした。ca_bundle か AWS_CA_BUNDLE、またはプロキシの証明書を確認してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/AwsCalls.cpp" line="138"/>
        <source>Check your network connection, or the proxy in HTTPS_PROXY.</source>
        <translation>ネットワーク接続か、HTTPS_PROXY のプロキシを確認してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/IdentityCommands.cpp" line="90"/>
        <source>, temporary: expire %1</source>
        <translation>、一時的: %1 に期限切れ</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="125"/>
        <source>the profile&apos;s key was changed by another program meanwhile</source>
        <translation>その間にプロファイルのキーが別のプログラムによって変更されました</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="163"/>
        <source>Listing the access keys of this user (IAM ListAccessKeys)…</source>
        <translation>このユーザーのアクセスキーを一覧しています (IAM ListAccessKeys)…</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="173"/>
        <source>%1 (%2, created %3)</source>
        <translation>%1 (%2、作成 %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="179"/>
        <source>IAM allows two access keys per user, and %1 has another one besides %2: %3. Delete the key you no longer use (aws iam delete-access-key --access-key-id KEY), then rotate again.</source>
        <translation>IAM ではユーザーごとにアクセスキーは 2 つまでで、%1 には %2 のほかにもう 1 つあります: %3。使っていないキーを削除してから (aws iam delete-access-key --access-key-id KEY)、もう一度ローテーションしてください。</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="185"/>
        <location filename="../app/cli/RotateCommand.cpp" line="206"/>
        <location filename="../app/cli/RotateCommand.cpp" line="312"/>
        <location filename="../app/cli/RotateCommand.cpp" line="320"/>
        <source>Interrupted.</source>
        <translation>中断されました。</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="187"/>
        <source>Creating a new access key (IAM CreateAccessKey)…</source>
        <translation>新しいアクセスキーを作成しています (IAM CreateAccessKey)…</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="196"/>
        <source>IAM&apos;s answer to CreateAccessKey named no key. %1 keeps its key %2; see which keys the user has with aws iam list-access-keys.</source>
        <translation>IAM の CreateAccessKey の応答にキーが含まれていませんでした。%1 のキーは %2 のままです。ユーザーのキーは aws iam list-access-keys で確認してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="201"/>
        <source>IAM&apos;s answer to CreateAccessKey held no secret for the new key.</source>
        <translation>IAM の CreateAccessKey の応答に新しいキーのシークレットが含まれていませんでした。</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="210"/>
        <source>The new key could not be written to %1: %2</source>
        <translation>新しいキーを %1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="212"/>
        <source>Deleting the old access key (IAM DeleteAccessKey)…</source>
        <translation>古いアクセスキーを削除しています (IAM DeleteAccessKey)…</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="216"/>
        <source>The new key %1 is in %2, for %3.</source>
        <translation>新しいキー %1 は %2 にあります (%3 用)。</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="221"/>
        <source>The old key %1 still exists and still works: delete it with aws iam delete-access-key --access-key-id %1 once nothing uses it.</source>
        <translation>古いキー %1 はまだ存在し、まだ使えます。何も使わなくなったら aws iam delete-access-key --access-key-id %1 で削除してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="226"/>
        <source>Rotated the access key of %1 (IAM user %2): %3 → %4.</source>
        <translation>%1 (IAM ユーザー %2) のアクセスキーをローテーションしました: %3 → %4。</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="228"/>
        <source>The old key is deleted.</source>
        <translation>古いキーは削除されました。</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="254"/>
        <source>The keys of %1 come from the [DEFAULT] section, which other profiles share: move them into [%1] first.</source>
        <translation>%1 のキーは他のプロファイルと共有される [DEFAULT] セクションにあります。先に [%1] へ移してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="270"/>
        <source>The keys of %1 could not be read from the keychain: %2</source>
        <translation>%1 のキーをキーチェーンから読み取れませんでした: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="275"/>
        <source>the keychain</source>
        <translation>キーチェーン</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="278"/>
        <source>%1 has no access key of its own: it takes its credentials from source_profile %2. Rotate that one: aws-profile-manager rotate --profile %2</source>
        <translation>%1 には自分のアクセスキーがありません。認証情報は source_profile %2 から取得しています。そちらをローテーションしてください: aws-profile-manager rotate --profile %2</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="282"/>
        <source>%1 has no access key of its own to rotate (it is %2). Only profiles with aws_access_key_id and aws_secret_access_key, in the files or in the keychain, can be rotated.</source>
        <translation>%1 にはローテーションできる自分のアクセスキーがありません (%2 です)。ローテーションできるのは、ファイルまたはキーチェーンに aws_access_key_id と aws_secret_access_key を持つプロファイルだけです。</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="291"/>
        <source>The keys of %1 are temporary (they have a session token): they expire by themselves and cannot be rotated.</source>
        <translation>%1 のキーは一時的なもの (セッショントークン付き) です。自然に期限切れになるため、ローテーションできません。</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="303"/>
        <source>Waiting until STS accepts the new key (IAM takes a few seconds to spread it)…</source>
        <translation>STS が新しいキーを受け付けるのを待っています (IAM がキーを行き渡らせるのに数秒かかります)…</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="314"/>
        <source>STS did not accept the new key within %1 seconds (%2)</source>
        <translation>STS が %1 秒以内に新しいキーを受け付けませんでした (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="329"/>
        <source>Nothing changed: %1 keeps its key %2.</source>
        <translation>何も変更していません。%1 のキーは %2 のままです。</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="337"/>
        <source>Deleting the new key again (IAM DeleteAccessKey)…</source>
        <translation>新しいキーを削除しています (IAM DeleteAccessKey)…</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="342"/>
        <source>%1 still uses its old key %2, which still works.</source>
        <translation>%1 は引き続き古いキー %2 を使っており、そのキーはまだ使えます。</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="344"/>
        <source>The new key %1 was deleted again.</source>
        <translation>新しいキー %1 は削除しました。</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="348"/>
        <source>The new key %1 could not be deleted (%2): delete it with aws iam delete-access-key --access-key-id %1.</source>
        <translation>新しいキー %1 を削除できませんでした (%2)。aws iam delete-access-key --access-key-id %1 で削除してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="46"/>
        <source>Listing roles: %1 of %2 accounts</source>
        <translation>ロールの一覧を取得中: %2 アカウント中 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="47"/>
        <source>Listing accounts: %1 so far</source>
        <translation>アカウントの一覧を取得中: これまでに %1 件</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="79"/>
        <source>Nothing to change in %1.
</source>
        <translation>%1 に変更はありません。
</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="86"/>
        <source>Dry run: nothing was written to %1.
</source>
        <translation>ドライラン: %1 には何も書き込んでいません。
</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="91"/>
        <source>Wrote %1.
</source>
        <translation>%1 に書き込みました。
</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="111"/>
        <location filename="../app/cli/SsoCommands.cpp" line="158"/>
        <source>Run again with --force to replace it.</source>
        <translation>置き換えるには --force を付けてもう一度実行してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="124"/>
        <source>Nothing was written.
</source>
        <translation>何も書き込んでいません。
</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="135"/>
        <source>sso-session %1: %2 accounts, %3 account and role pairs (%4 requests, %5 throttled and retried)
</source>
        <translation>sso-session %1: %2 アカウント、アカウントとロールの組 %3（リクエスト %4 件、スロットリングによる再試行 %5 件）
</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="138"/>
        <source>%1 added, %2 updated, %3 removed, %4 kept
</source>
        <translation>追加 %1、更新 %2、削除 %3、保持 %4
</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="141"/>
        <source>Kept, though their assignment has gone (--prune removes them):</source>
        <translation>割り当てはなくなりましたが保持しています（--prune で削除します）:</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="142"/>
        <source>Not written, the name being taken (choose another with --name):</source>
        <translation>名前が使われているため書き込んでいません（--name で別の名前を選んでください）:</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="143"/>
        <source>Renamed:</source>
        <translation>名前を変更:</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="144"/>
        <source>Replaced under a new name (the name template changed):</source>
        <translation>新しい名前で置き換えました（名前のテンプレートが変わりました）:</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="175"/>
        <source>Nothing was imported.</source>
        <translation>何もインポートしていません。</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="179"/>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="193"/>
        <source>Profile set &quot;%1&quot;: %2 sections imported, %3 left out, %4 dropped since the last import
</source>
        <translation>プロファイルセット「%1」: %2 セクションをインポート、%3 件を除外、前回のインポートから %4 件がなくなりました
</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="196"/>
        <source>Left out, since you have your own (yours win):</source>
        <translation>ご自身のものがあるため除外（ご自身のものが優先）:</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="197"/>
        <source>No longer in the set, removed:</source>
        <translation>セットになくなったため削除:</translation>
    </message>
</context>
<context>
    <name>apm::profileset</name>
    <message>
        <location filename="../app/core/resolve/ProfileSetImport.cpp" line="109"/>
        <source>--block: &quot;%1&quot; cannot name a block; use letters, digits and - _ . @ +</source>
        <translation>--block: 「%1」はブロック名に使えません。英字、数字、- _ . @ + を使ってください</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ProfileSetImport.cpp" line="123"/>
        <source>%1: a profile set is fetched over https:// (plain http:// only from this computer, a loopback address), so that nobody on the way can change it.</source>
        <translation>%1: プロファイルセットは https:// で取得します（http:// はこのコンピューター、つまりループバックアドレスからのみ）。途中で誰にも書き換えられないようにするためです。</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ProfileSetImport.cpp" line="128"/>
        <source>%1: give a file&apos;s path or an https:// URL.</source>
        <translation>%1: ファイルのパスか https:// の URL を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ProfileSetImport.cpp" line="142"/>
        <source>The profile set &quot;%1&quot; (%2, lines %3–%4) was edited by hand since it was imported. Importing again would lose those edits: move what you want to keep outside the block, or confirm the replacement.</source>
        <translation>プロファイルセット「%1」（%2、%3–%4 行目）はインポート後に手作業で編集されています。もう一度インポートするとその変更は失われます。残したいものをブロックの外に移すか、置き換えを確認してください。</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ProfileSetImport.cpp" line="172"/>
        <source>(The AWS CLI would refuse the set: nothing was imported.)</source>
        <translation>（AWS CLI はこのセットを読み込めません。何もインポートしていません。）</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ProfileSetImport.cpp" line="180"/>
        <source>a profile set cannot carry [DEFAULT]: its keys would apply to every profile of yours. Nothing was imported.</source>
        <translation>プロファイルセットに [DEFAULT] を含めることはできません。そのキーがご自身のすべてのプロファイルに適用されてしまいます。何もインポートしていません。</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ProfileSetImport.cpp" line="186"/>
        <source>%1 holds no profiles: nothing was imported.</source>
        <translation>%1 にはプロファイルがありません。何もインポートしていません。</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ProfileSetImport.cpp" line="195"/>
        <source>[%1] is not a profile, an sso-session or a services section, which is all a profile set may hold. Nothing was imported.</source>
        <translation>[%1] はプロファイルでも sso-session でも services セクションでもありません。プロファイルセットに含められるのはこれらだけです。何もインポートしていません。</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ProfileSetImport.cpp" line="204"/>
        <source>[%1] carries %2: a profile set is shared, so it holds no keys or tokens. Remove it from the set; nothing was imported.</source>
        <translation>[%1] に %2 が含まれています。プロファイルセットは共有されるため、キーやトークンを含めません。セットから削除してください。何もインポートしていません。</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ProfileSetImport.cpp" line="242"/>
        <source>%1: yours (%2) is kept, the set&apos;s is left out</source>
        <translation>%1: ご自身のもの（%2）を残し、セットのものは除外します</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ProfileSetImport.cpp" line="265"/>
        <source>with the set in it the file would read as: %1 Nothing was imported.</source>
        <translation>セットを入れるとファイルは次のように読まれます: %1 何もインポートしていません。</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ProfileSetImport.cpp" line="291"/>
        <source>%1 is larger than 10 MB: not a profile set.</source>
        <translation>%1 は 10 MB を超えています。プロファイルセットではありません。</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ProfileSetImport.cpp" line="293"/>
        <source>Could not fetch %1: %2</source>
        <translation>%1 を取得できません: %2</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ProfileSetImport.cpp" line="295"/>
        <source>Could not fetch %1: the server answered HTTP %2.</source>
        <translation>%1 を取得できません: サーバーの応答は HTTP %2 でした。</translation>
    </message>
</context>
<context>
    <name>apm::ssopopulate</name>
    <message>
        <location filename="../app/core/resolve/SsoPopulate.cpp" line="167"/>
        <source>--name: {%1} is not a field; use {account_name}, {account_id}, {role_name} and {sso_session}.</source>
        <translation>--name: {%1} はフィールドではありません。{account_name}、{account_id}、{role_name}、{sso_session} を使ってください。</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/SsoPopulate.cpp" line="174"/>
        <source>--name must tell accounts and roles apart: use {account_name} or {account_id}, and {role_name} (the default is %1).</source>
        <translation>--name ではアカウントとロールを区別できる必要があります。{account_name} か {account_id} と、{role_name} を使ってください（既定は %1）。</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/SsoPopulate.cpp" line="189"/>
        <source>There is no [sso-session %1] in %2. Add it (aws configure sso-session does), sign in with `aws sso login --sso-session %1`, and run this again.</source>
        <translation>%2 に [sso-session %1] がありません。追加して（aws configure sso-session で追加できます）、`aws sso login --sso-session %1` でサインインしてから、もう一度実行してください。</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/SsoPopulate.cpp" line="203"/>
        <source>[sso-session %1] has no sso_region: set it to the region of your IAM Identity Center (the region in your start page&apos;s settings).</source>
        <translation>[sso-session %1] に sso_region がありません。IAM Identity Center のリージョン（スタートページの設定に表示されるリージョン）を設定してください。</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/SsoPopulate.cpp" line="214"/>
        <source>You are not signed in to the sso-session &quot;%1&quot; (no token at %2): run `%3`, then run this again.</source>
        <translation>sso-session「%1」にサインインしていません（%2 にトークンがありません）。`%3` を実行してから、もう一度実行してください。</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/SsoPopulate.cpp" line="221"/>
        <location filename="../app/core/resolve/SsoPopulate.cpp" line="237"/>
        <source>The token cached for the sso-session &quot;%1&quot; (%2) cannot be used: run `%3`, then run this again.</source>
        <translation>sso-session「%1」用にキャッシュされたトークン（%2）は使えません。`%3` を実行してから、もう一度実行してください。</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/SsoPopulate.cpp" line="228"/>
        <source>Your sign-in to the sso-session &quot;%1&quot; expired at %2: run `%3`, then run this again.</source>
        <translation>sso-session「%1」へのサインインは %2 に期限切れになりました。`%3` を実行してから、もう一度実行してください。</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/SsoPopulate.cpp" line="268"/>
        <source>The profiles written for the sso-session &quot;%1&quot; (%2, lines %3–%4) were edited by hand since they were written. Replacing them would lose those edits: move what you want to keep outside the block, or confirm the replacement.</source>
        <translation>sso-session「%1」用に書き込んだプロファイル（%2、%3–%4 行目）は、その後手作業で編集されています。置き換えるとその変更は失われます。残したいものをブロックの外に移すか、置き換えを確認してください。</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/SsoPopulate.cpp" line="320"/>
        <source>%1 → %2 (account %3, role %4): %5 assignments would share the name</source>
        <translation>%1 → %2（アカウント %3、ロール %4）: %5 件の割り当てが同じ名前になるため</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/SsoPopulate.cpp" line="339"/>
        <source>%1 (account %2 %3, role %4): a profile of that name exists outside the block</source>
        <translation>%1（アカウント %2 %3、ロール %4）: この名前のプロファイルがブロックの外にあります</translation>
    </message>
</context>
</TS>
