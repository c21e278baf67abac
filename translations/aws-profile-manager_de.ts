<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ChangePreview</name>
    <message>
        <location filename="../ui/organisation/ChangePreview.cpp" line="13"/>
        <source> (after Apply)</source>
        <translation> (nach Übernehmen)</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ChangePreview.cpp" line="22"/>
        <source>The portal did not accept your sign-in (%1): it expired or was revoked. Run aws sso login --sso-session %2, then list again.</source>
        <translation>Das Portal hat Ihre Anmeldung nicht angenommen (%1): Sie ist abgelaufen oder wurde widerrufen. Führen Sie aws sso login --sso-session %2 aus und listen Sie dann erneut auf.</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ChangePreview.cpp" line="27"/>
        <source>The portal still refused %1 after %2 attempts (%3: %4). Try again in a minute.</source>
        <translation>Das Portal hat %1 auch nach %2 Versuchen abgelehnt (%3: %4). Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ChangePreview.cpp" line="32"/>
        <source>The portal refused %1: %2: %3. Nothing changed.</source>
        <translation>Das Portal hat %1 abgelehnt: %2: %3. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ChangePreview.cpp" line="36"/>
        <source>The portal&apos;s host name does not resolve (%1): check your network, or AWS_ENDPOINT_URL_SSO.</source>
        <translation>Der Hostname des Portals lässt sich nicht auflösen (%1): Prüfen Sie Ihr Netzwerk oder AWS_ENDPOINT_URL_SSO.</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ChangePreview.cpp" line="39"/>
        <source>The portal&apos;s certificate was not accepted (%1): check ca_bundle or AWS_CA_BUNDLE, or your proxy&apos;s certificate.</source>
        <translation>Das Zertifikat des Portals wurde nicht akzeptiert (%1): Prüfen Sie ca_bundle oder AWS_CA_BUNDLE oder das Zertifikat Ihres Proxys.</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ChangePreview.cpp" line="42"/>
        <source>The portal did not answer in time: check your network or proxy.</source>
        <translation>Das Portal hat nicht rechtzeitig geantwortet: Prüfen Sie Ihr Netzwerk oder Ihren Proxy.</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ChangePreview.cpp" line="46"/>
        <source>Could not reach the portal (%1): check your network connection, or the proxy in HTTPS_PROXY.</source>
        <translation>Das Portal ist nicht erreichbar (%1): Prüfen Sie Ihre Netzwerkverbindung oder den Proxy in HTTPS_PROXY.</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <location filename="../ui/files/FilesPanel.ui" line="10"/>
        <source>File to show</source>
        <translation>Angezeigte Datei</translation>
    </message>
    <message>
        <location filename="../ui/files/FilesPanel.ui" line="16"/>
        <source>Show secret values in the files</source>
        <translation>Geheime Werte in den Dateien zeigen</translation>
    </message>
    <message>
        <location filename="../ui/files/FilesPanel.ui" line="15"/>
        <source>Sho&amp;w secrets</source>
        <translation>Geheimnisse an&amp;zeigen</translation>
    </message>
    <message>
        <location filename="../ui/files/FilesPanel.ui" line="24"/>
        <source>Edi&amp;t the text</source>
        <translation>&amp;Text bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/files/FilesPanel.ui" line="25"/>
        <source>Edit the file as text (secrets shown); Apply puts your text in place of the file&apos;s, as one step you can undo</source>
        <translation>Die Datei als Text bearbeiten (Geheimnisse sichtbar); „Übernehmen“ setzt Ihren Text an die Stelle des Dateiinhalts, als ein Schritt, den Sie rückgängig machen können</translation>
    </message>
    <message>
        <location filename="../ui/files/FilesPanel.ui" line="30"/>
        <source>&amp;Apply</source>
        <translation>Überne&amp;hmen</translation>
    </message>
    <message>
        <location filename="../ui/files/FilesPanel.ui" line="31"/>
        <source>Apply the edited text</source>
        <translation>Bearbeiteten Text übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/files/FilesPanel.ui" line="36"/>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location filename="../ui/files/FilesPanel.ui" line="37"/>
        <source>Drop the edited text</source>
        <translation>Bearbeiteten Text verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/files/FilesPanel.ui" line="46"/>
        <source>Text of the file, with the selected profile&apos;s lines highlighted</source>
        <translation>Text der Datei, die Zeilen des gewählten Profils hervorgehoben</translation>
    </message>
    <message>
        <location filename="../ui/files/FilesPanel.ui" line="61"/>
        <source>What saving will change in the files</source>
        <translation>Was das Speichern in den Dateien ändert</translation>
    </message>
</context>
<context>
    <name>ImdsPanel</name>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="9"/>
        <source>How the AWS CLI reaches the instance metadata service</source>
        <translation>Wie die AWS CLI den Instanz-Metadatendienst erreicht</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="17"/>
        <source>Probe the instance &amp;metadata service</source>
        <translation>Den Instanz-&amp;Metadatendienst prüfen</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="22"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="23"/>
        <source>Cancel the probe</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="28"/>
        <source>Probe in progress</source>
        <translation>Prüfung läuft</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="39"/>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="45"/>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="46"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="47"/>
        <source>Protocol:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="48"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="49"/>
        <source>Access key:</source>
        <translation>Zugriffsschlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="50"/>
        <source>Access key</source>
        <translation>Zugriffsschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="51"/>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="52"/>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="53"/>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="54"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="59"/>
        <source>Requests of the probe</source>
        <translation>Anfragen der Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="61"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="62"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="63"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.ui" line="64"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
</context>
<context>
    <name>ImportSetDialog</name>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.ui" line="6"/>
        <source>Import a profile set</source>
        <translation>Profilsatz importieren</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.ui" line="11"/>
        <source>Profiles your team shares (no keys), kept in a marked block of the config file named after the set. Importing the set again replaces the block; your own profiles win over the set&apos;s.</source>
        <translation>Profile, die Ihr Team teilt (ohne Schlüssel), in einem markierten Block der Konfigurationsdatei, der nach dem Satz benannt ist. Ein erneuter Import ersetzt den Block; Ihre eigenen Profile haben Vorrang vor denen des Satzes.</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.ui" line="16"/>
        <source>&amp;File or URL:</source>
        <translation>&amp;Datei oder URL:</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.ui" line="21"/>
        <source>Profile set file or URL</source>
        <translation>Datei oder URL des Profilsatzes</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.ui" line="22"/>
        <source>a path, or https://…</source>
        <translation>ein Pfad oder https://…</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.ui" line="27"/>
        <source>B&amp;rowse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.ui" line="28"/>
        <source>Choose a profile set file</source>
        <translation>Datei mit einem Profilsatz wählen</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.ui" line="33"/>
        <source>&amp;Block name:</source>
        <translation>&amp;Blockname:</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.ui" line="36"/>
        <source>Block name</source>
        <translation>Blockname</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.ui" line="45"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.ui" line="52"/>
        <source>Changes to the config file</source>
        <translation>Änderungen an der Konfigurationsdatei</translation>
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
        <translation>Problem mit der Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="22"/>
        <source>Views of the selected profile</source>
        <translation>Ansichten des gewählten Profils</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="30"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="40"/>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="52"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="60"/>
        <source>Active profile</source>
        <translation>Aktives Profil</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="67"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="68"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="71"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="72"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="75"/>
        <source>Re&amp;vert unsaved changes</source>
        <translation>Ungespeicherte Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="78"/>
        <source>&amp;New profile…</source>
        <translation>&amp;Neues Profil…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="79"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="82"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="83"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="86"/>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplizieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="89"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="90"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="94"/>
        <source>&amp;Reload from disk</source>
        <translation>Von der Platte neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="95"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="98"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="99"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="102"/>
        <source>Make &amp;active in my shells</source>
        <translation>In meinen Shells &amp;aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="105"/>
        <source>Profiles from &amp;SSO…</source>
        <translation>Profile aus &amp;SSO…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="106"/>
        <source>One profile per account and role of your IAM Identity Center sign-in</source>
        <translation>Ein Profil pro Konto und Rolle Ihrer IAM-Identity-Center-Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="109"/>
        <source>&amp;Import profile set…</source>
        <translation>Profilsatz &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="110"/>
        <source>Profiles your team shares, from a file or a URL</source>
        <translation>Profile, die Ihr Team teilt, aus einer Datei oder von einer URL</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="113"/>
        <source>&amp;Filter profiles</source>
        <translation>Profile &amp;filtern</translation>
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
        <translation>Neues Profil</translation>
    </message>
    <message>
        <location filename="../ui/profile/NewProfileDialog.ui" line="10"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/profile/NewProfileDialog.ui" line="13"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location filename="../ui/profile/NewProfileDialog.ui" line="14"/>
        <source>for example dev, prod-admin, default</source>
        <translation>zum Beispiel dev, prod-admin, default</translation>
    </message>
    <message>
        <location filename="../ui/profile/NewProfileDialog.ui" line="17"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../ui/profile/NewProfileDialog.ui" line="20"/>
        <source>Kind of profile</source>
        <translation>Profilart</translation>
    </message>
    <message>
        <location filename="../ui/profile/NewProfileDialog.ui" line="27"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/profile/NewProfileDialog.ui" line="34"/>
        <source>Where the values are written</source>
        <translation>Wohin die Werte geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/profile/NewProfileDialog.ui" line="40"/>
        <source>Problem with the profile</source>
        <translation>Problem mit dem Profil</translation>
    </message>
</context>
<context>
    <name>PrecedencePanel</name>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="8"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="26"/>
        <source>Precedence table</source>
        <translation>Vorrangtabelle</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="39"/>
        <source>&amp;What if… (options and variables the table is worked out for)</source>
        <translation>&amp;Was wäre, wenn… (Optionen und Variablen, für die die Tabelle berechnet wird)</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="40"/>
        <source>Show the what-if options</source>
        <translation>Die Was-wäre-wenn-Optionen zeigen</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="50"/>
        <source>Edit any of these to see the table change</source>
        <translation>Ändern Sie einen dieser Werte, um die Tabelle sich ändern zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="52"/>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="55"/>
        <source>Environment to start from</source>
        <translation>Ausgangsumgebung</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="56"/>
        <source>This program&apos;s environment</source>
        <translation>Umgebung dieses Programms</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="57"/>
        <source>Empty environment (env -i)</source>
        <translation>Leere Umgebung (env -i)</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="58"/>
        <source>A login shell&apos;s environment ($SHELL -l)</source>
        <translation>Umgebung einer Login-Shell ($SHELL -l)</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="63"/>
        <source>Use the selected profile (--profile)</source>
        <translation>Gewähltes Profil verwenden (--profile)</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="67"/>
        <source>--profile</source>
        <translation>--profile</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="68"/>
        <source>--profile option</source>
        <translation>Option --profile</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="69"/>
        <source>AWS_PROFILE</source>
        <translation>AWS_PROFILE</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="70"/>
        <source>AWS_PROFILE variable</source>
        <translation>Variable AWS_PROFILE</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="70"/>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="74"/>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="78"/>
        <source>(unset)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="71"/>
        <source>--region</source>
        <translation>--region</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="72"/>
        <source>--region option</source>
        <translation>Option --region</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="73"/>
        <source>AWS_REGION</source>
        <translation>AWS_REGION</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="74"/>
        <source>AWS_REGION variable</source>
        <translation>Variable AWS_REGION</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="75"/>
        <source>--output</source>
        <translation>--output</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="76"/>
        <source>--output option</source>
        <translation>Option --output</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="77"/>
        <source>AWS_ACCESS_KEY_ID</source>
        <translation>AWS_ACCESS_KEY_ID</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="78"/>
        <source>AWS_ACCESS_KEY_ID variable</source>
        <translation>Variable AWS_ACCESS_KEY_ID</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="79"/>
        <source>Other variables</source>
        <translation>Weitere Variablen</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="82"/>
        <source>Other environment variables, one per line</source>
        <translation>Weitere Umgebungsvariablen, eine pro Zeile</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="83"/>
        <source>one per line: NAME=value sets it, NAME= sets it empty, -NAME unsets it (AWS_DEFAULT_REGION=eu-west-1, -AWS_SECRET_ACCESS_KEY, ...)</source>
        <translation>eine pro Zeile: NAME=Wert setzt sie, NAME= setzt sie leer, -NAME entfernt sie (AWS_DEFAULT_REGION=eu-west-1, -AWS_SECRET_ACCESS_KEY, ...)</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="17"/>
        <source>Pending sources</source>
        <translation>Ausstehende Quellen</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="18"/>
        <source>&amp;Stop waiting</source>
        <translation>Nicht mehr &amp;warten</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="18"/>
        <source>Show the table without the sources that have not answered yet</source>
        <translation>Die Tabelle ohne die Quellen zeigen, die noch nicht geantwortet haben</translation>
    </message>
</context>
<context>
    <name>ProfileListPane</name>
    <message>
        <location filename="../ui/list/ProfileListPane.ui" line="12"/>
        <source>Filter by name, region or account id…</source>
        <translation>Nach Name, Region oder Konto-ID filtern…</translation>
    </message>
    <message>
        <location filename="../ui/list/ProfileListPane.ui" line="13"/>
        <source>Filter profiles</source>
        <translation>Profile filtern</translation>
    </message>
    <message>
        <location filename="../ui/list/ProfileListPane.ui" line="19"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="12"/>
        <source>Selected profile</source>
        <translation>Gewähltes Profil</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="20"/>
        <source>Fields for:</source>
        <translation>Felder für:</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="26"/>
        <source>Kind of profile the form shows fields for</source>
        <translation>Profilart, deren Felder das Formular zeigt</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="27"/>
        <source>The form shows the fields of this kind; the AWS CLI decides the kind from the keys that are set</source>
        <translation>Das Formular zeigt die Felder dieser Art; die AWS CLI bestimmt die Art aus den gesetzten Schlüsseln</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="32"/>
        <source>Show &amp;secrets</source>
        <translation>&amp;Geheimnisse zeigen</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="33"/>
        <source>Show secret values</source>
        <translation>Geheime Werte zeigen</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="45"/>
        <source>Test credent&amp;ials</source>
        <translation>Anmeldedaten &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="46"/>
        <source>Test the credentials with AWS</source>
        <translation>Die Anmeldedaten bei AWS testen</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="47"/>
        <source>Ask AWS STS (GetCallerIdentity) whose credentials these are, as aws-profile-manager whoami does</source>
        <translation>AWS STS (GetCallerIdentity) fragen, wem diese Anmeldedaten gehören, wie aws-profile-manager whoami es tut</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="52"/>
        <source>R&amp;otate key…</source>
        <translation>Schlüssel r&amp;otieren…</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="53"/>
        <source>Rotate the access key</source>
        <translation>Zugriffsschlüssel rotieren</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="54"/>
        <source>Replace this profile&apos;s access key with a new one from IAM, as aws-profile-manager rotate does: the old key is deleted once AWS accepts the new one</source>
        <translation>Den Zugriffsschlüssel dieses Profils durch einen neuen von IAM ersetzen, wie es aws-profile-manager rotate tut: der alte Schlüssel wird gelöscht, sobald AWS den neuen annimmt</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="59"/>
        <source>Result of the credentials test</source>
        <translation>Ergebnis des Anmeldedaten-Tests</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="74"/>
        <source>SSO sign-in</source>
        <translation>SSO-Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="82"/>
        <source>Sig&amp;n in</source>
        <translation>A&amp;nmelden</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="83"/>
        <source>Sign in to AWS IAM Identity Center</source>
        <translation>Bei AWS IAM Identity Center anmelden</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="84"/>
        <source>Runs aws sso login for this profile; follow what it says (a page opens in your browser)</source>
        <translation>Führt aws sso login für dieses Profil aus; folgen Sie seinen Anweisungen (im Browser öffnet sich eine Seite)</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="101"/>
        <source>The [sso-session] block this profile names</source>
        <translation>Der [sso-session]-Block, den dieses Profil nennt</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="103"/>
        <source>SSO start URL:</source>
        <translation>SSO-Start-URL:</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="104"/>
        <source>SSO start URL of the session</source>
        <translation>SSO-Start-URL der Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="104"/>
        <source>https://my-sso-portal.awsapps.com/start</source>
        <translation>https://my-sso-portal.awsapps.com/start</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="105"/>
        <source>SSO region:</source>
        <translation>SSO-Region:</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="106"/>
        <source>SSO region of the session</source>
        <translation>SSO-Region der Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="107"/>
        <source>Registration scopes:</source>
        <translation>Registrierungs-Scopes:</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="108"/>
        <source>SSO registration scopes of the session</source>
        <translation>SSO-Registrierungsbereiche (Scopes) der Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="108"/>
        <source>sso:account:access</source>
        <translation>sso:account:access</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="114"/>
        <source>Keys in the OS keychain (the AWS CLI gets them through credential_process)</source>
        <translation>Schlüssel im Schlüsselbund des Systems (die AWS CLI erhält sie über credential_process)</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="116"/>
        <source>Access key ID:</source>
        <translation>Access Key ID:</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="117"/>
        <source>Access key ID in the keychain</source>
        <translation>Zugriffsschlüssel-ID im Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="118"/>
        <source>Secret access key:</source>
        <translation>Secret Access Key:</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="119"/>
        <source>Secret access key in the keychain</source>
        <translation>Geheimer Zugriffsschlüssel im Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="120"/>
        <source>Session token:</source>
        <translation>Sitzungstoken:</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="121"/>
        <source>Session token in the keychain</source>
        <translation>Sitzungstoken im Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="124"/>
        <source>Save to the &amp;keychain</source>
        <translation>Im &amp;Schlüsselbund speichern</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="125"/>
        <source>&amp;Copy the secret (cleared after 30 s)</source>
        <translation>Geheimnis &amp;kopieren (nach 30 s gelöscht)</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="129"/>
        <source>Keychain status</source>
        <translation>Status des Schlüsselbunds</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="135"/>
        <source>Every key of the profile in both files (double-click a value to edit it):</source>
        <translation>Alle Schlüssel des Profils in beiden Dateien (Doppelklick auf einen Wert, um ihn zu ändern):</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="140"/>
        <source>Settings of the selected profile</source>
        <translation>Einstellungen des gewählten Profils</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="152"/>
        <source>key or key.sub-key</source>
        <translation>Schlüssel oder Schlüssel.Unterschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="153"/>
        <source>Name of the key to add</source>
        <translation>Name des neuen Schlüssels</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="158"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="159"/>
        <source>Value of the key to add</source>
        <translation>Wert des neuen Schlüssels</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="164"/>
        <source>&amp;Add key</source>
        <translation>Schlüssel &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="169"/>
        <source>&amp;Remove key</source>
        <translation>Schlüssel &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="170"/>
        <source>Remove the selected key</source>
        <translation>Gewählten Schlüssel entfernen</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="177"/>
        <source>&amp;Copy value</source>
        <translation>Wert &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.ui" line="178"/>
        <source>Copy the value; a secret is cleared from the clipboard after 30 seconds</source>
        <translation>Den Wert kopieren; ein Geheimnis wird nach 30 Sekunden aus der Zwischenablage gelöscht</translation>
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
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/Prompts.cpp" line="43"/>
        <source>The file changed on disk</source>
        <translation>Die Datei wurde auf der Platte geändert</translation>
    </message>
    <message>
        <location filename="../ui/Prompts.cpp" line="45"/>
        <source>Keep my changes</source>
        <translation>Meine Änderungen behalten</translation>
    </message>
    <message>
        <location filename="../ui/Prompts.cpp" line="46"/>
        <source>Take the file on disk</source>
        <translation>Datei von der Platte übernehmen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="6"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="10"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="12"/>
        <source>&amp;Config file:</source>
        <translation>&amp;Config-Datei:</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="15"/>
        <source>Config file</source>
        <translation>Config-Datei</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="16"/>
        <location filename="../ui/settings/SettingsDialog.ui" line="23"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="16"/>
        <source>Choose the config file</source>
        <translation>Config-Datei wählen</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="19"/>
        <source>C&amp;redentials file:</source>
        <translation>C&amp;redentials-Datei:</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="22"/>
        <source>Credentials file</source>
        <translation>Credentials-Datei</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="23"/>
        <source>Choose the credentials file</source>
        <translation>Credentials-Datei wählen</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="29"/>
        <source>Leave empty to edit the files the AWS CLI uses ($AWS_CONFIG_FILE and $AWS_SHARED_CREDENTIALS_FILE, or ~/.aws). Other files are treated as if those variables named them.</source>
        <translation>Leer lassen, um die Dateien zu bearbeiten, die die AWS CLI verwendet ($AWS_CONFIG_FILE und $AWS_SHARED_CREDENTIALS_FILE, oder ~/.aws). Andere Dateien werden behandelt, als würden diese Variablen sie nennen.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="37"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="39"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="40"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="41"/>
        <source>C&amp;olours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="42"/>
        <source>Light or dark colours</source>
        <translation>Helle oder dunkle Farben</translation>
    </message>
</context>
<context>
    <name>SsoPopulateDialog</name>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.ui" line="6"/>
        <source>Profiles from IAM Identity Center</source>
        <translation>Profile aus IAM Identity Center</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.ui" line="11"/>
        <source>One profile for each account and role you are assigned to, kept in a marked block of the config file. Run it again whenever your assignments change.</source>
        <translation>Ein Profil für jedes Konto und jede Rolle, die Ihnen zugewiesen sind, in einem markierten Block der Konfigurationsdatei. Führen Sie es erneut aus, wenn sich Ihre Zuweisungen ändern.</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.ui" line="16"/>
        <source>&amp;SSO session:</source>
        <translation>&amp;SSO-Sitzung:</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.ui" line="19"/>
        <source>SSO session</source>
        <translation>SSO-Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.ui" line="22"/>
        <source>Profile &amp;names:</source>
        <translation>Profil&amp;namen:</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.ui" line="25"/>
        <source>Profile name template</source>
        <translation>Vorlage für Profilnamen</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.ui" line="26"/>
        <source>Fields: {account_name}, {account_id}, {role_name}, {sso_session}</source>
        <translation>Felder: {account_name}, {account_id}, {role_name}, {sso_session}</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.ui" line="29"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.ui" line="32"/>
        <source>Region of the profiles</source>
        <translation>Region der Profile</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.ui" line="33"/>
        <source>none (the profiles set no region)</source>
        <translation>keine (die Profile setzen keine Region)</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.ui" line="38"/>
        <source>Remove &amp;profiles whose account or role is no longer assigned</source>
        <translation>&amp;Profile entfernen, deren Konto oder Rolle nicht mehr zugewiesen ist</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.ui" line="47"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.ui" line="52"/>
        <source>Accounts listed</source>
        <translation>Aufgelistete Konten</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.ui" line="59"/>
        <source>Changes to the config file</source>
        <translation>Änderungen an der Konfigurationsdatei</translation>
    </message>
</context>
<context>
    <name>WelcomePane</name>
    <message>
        <location filename="../ui/welcome/WelcomePane.ui" line="11"/>
        <source>Welcome to AWS Profile Manager</source>
        <translation>Willkommen beim AWS Profile Manager</translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePane.ui" line="18"/>
        <source>There are no AWS CLI profiles on this computer yet. Create the first one with what `aws configure` asks for; the AWS CLI and every SDK will use it as the default profile.</source>
        <translation>Auf diesem Computer gibt es noch keine AWS-CLI-Profile. Legen Sie das erste mit dem an, was `aws configure` abfragt; die AWS CLI und jedes SDK verwenden es als Standardprofil.</translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePane.ui" line="23"/>
        <source>AWS Access Key ID:</source>
        <translation>AWS-Zugriffsschlüssel-ID:</translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePane.ui" line="26"/>
        <source>AWS Access Key ID</source>
        <translation>AWS-Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePane.ui" line="27"/>
        <source>AKIA…</source>
        <translation>AKIA…</translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePane.ui" line="30"/>
        <source>AWS Secret Access Key:</source>
        <translation>Geheimer AWS-Zugriffsschlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePane.ui" line="33"/>
        <source>AWS Secret Access Key</source>
        <translation>Geheimer AWS-Zugriffsschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePane.ui" line="37"/>
        <source>Default region name:</source>
        <translation>Standardregion:</translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePane.ui" line="40"/>
        <source>Default region name</source>
        <translation>Standardregion</translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePane.ui" line="44"/>
        <source>Default output format:</source>
        <translation>Standard-Ausgabeformat:</translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePane.ui" line="47"/>
        <source>Default output format</source>
        <translation>Standard-Ausgabeformat</translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePane.ui" line="55"/>
        <source>Where the values will be written</source>
        <translation>Wohin die Werte geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePane.ui" line="62"/>
        <source>Problem with the values</source>
        <translation>Problem mit den Werten</translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePane.ui" line="73"/>
        <source>&amp;Skip, I will add profiles myself</source>
        <translation>Ü&amp;berspringen, ich lege Profile selbst an</translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePane.ui" line="78"/>
        <source>&amp;Create the default profile</source>
        <translation>Standardprofil &amp;anlegen</translation>
    </message>
</context>
<context>
    <name>apm::ActiveProfile</name>
    <message>
        <location filename="../app/core/config/ActiveProfile.cpp" line="43"/>
        <source>A profile name cannot contain a line break.</source>
        <translation>Ein Profilname darf keinen Zeilenumbruch enthalten.</translation>
    </message>
    <message>
        <location filename="../app/core/config/ActiveProfile.cpp" line="47"/>
        <source>Could not create %1.</source>
        <translation>%1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/core/config/ActiveProfile.cpp" line="52"/>
        <location filename="../app/core/config/ActiveProfile.cpp" line="55"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/config/ActiveProfile.cpp" line="62"/>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>apm::ActiveProfileController</name>
    <message>
        <location filename="../ui/active/ActiveProfileController.cpp" line="38"/>
        <source>Active profile of your shells</source>
        <translation>Aktives Profil Ihrer Shells</translation>
    </message>
    <message>
        <location filename="../ui/active/ActiveProfileController.cpp" line="74"/>
        <source>No active profile: shells that load the hook unset AWS_PROFILE at their next prompt.</source>
        <translation>Kein aktives Profil: Shells, die den Hook laden, entfernen AWS_PROFILE bei ihrer nächsten Eingabeaufforderung.</translation>
    </message>
    <message>
        <location filename="../ui/active/ActiveProfileController.cpp" line="76"/>
        <source>Shells that load the hook use %1 from their next prompt.</source>
        <translation>Shells, die den Hook laden, verwenden %1 ab ihrer nächsten Eingabeaufforderung.</translation>
    </message>
    <message>
        <location filename="../ui/active/ActiveProfileController.cpp" line="90"/>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <location filename="../ui/active/ActiveProfileController.cpp" line="104"/>
        <source>AWS Profile Manager: no active profile</source>
        <translation>AWS Profile Manager: kein aktives Profil</translation>
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
        <translation>%1 wurde seit dem Lesen von einem anderen Programm geändert. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/core/config/ConfigFiles.cpp" line="114"/>
        <source>No file name: the variable for this file is set but empty.</source>
        <translation>Kein Dateiname: Die Variable für diese Datei ist gesetzt, aber leer.</translation>
    </message>
    <message>
        <location filename="../app/core/config/ConfigFiles.cpp" line="119"/>
        <source>Could not write %1: %2. Check where its symbolic link points.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Prüfen Sie, wohin sein symbolischer Link zeigt.</translation>
    </message>
</context>
<context>
    <name>apm::CredentialVault</name>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="71"/>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="203"/>
        <source>Save or revert your unsaved changes first: moving keys saves the files.</source>
        <translation>Speichern oder verwerfen Sie zuerst Ihre ungespeicherten Änderungen: Das Verschieben von Schlüsseln speichert die Dateien.</translation>
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
        <translation>Das Profil %1 hat keinen eigenen Zugriffsschlüssel und geheimen Schlüssel in der Credentials-Datei: Es gibt nichts zu verschieben.</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="83"/>
        <source>Profile %1 already has a credential_process; remove it first.</source>
        <translation>Das Profil %1 hat bereits einen credential_process; entfernen Sie ihn zuerst.</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="96"/>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="167"/>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="218"/>
        <source>Nothing was changed: %1</source>
        <translation>Es wurde nichts geändert: %1</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="101"/>
        <source>The keychain did not give back what was written (%1); the files were not changed.</source>
        <translation>Der Schlüsselbund hat nicht zurückgegeben, was geschrieben wurde (%1); die Dateien wurden nicht geändert.</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="103"/>
        <source>different content</source>
        <translation>anderer Inhalt</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="126"/>
        <source>The keys are in the keychain, but the files could not be changed: %1</source>
        <translation>Die Schlüssel sind im Schlüsselbund, aber die Dateien konnten nicht geändert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="132"/>
        <source>credential_process was added to the config file, but the credentials file could not be saved (%1); the keys are still there too, and the AWS CLI keeps using them.</source>
        <translation>credential_process wurde in die Konfigurationsdatei eingetragen, aber die Credentials-Datei konnte nicht gespeichert werden (%1); die Schlüssel stehen auch noch dort, und die AWS CLI verwendet sie weiter.</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="136"/>
        <source>The files could not be saved (%1); nothing was changed in them. The keychain item for %2 is left in place.</source>
        <translation>Die Dateien konnten nicht gespeichert werden (%1); in ihnen wurde nichts geändert. Der Schlüsselbund-Eintrag für %2 bleibt bestehen.</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="140"/>
        <source>The keys of %1 are now in the keychain; the AWS CLI gets them through credential_process.</source>
        <translation>Die Schlüssel von %1 sind jetzt im Schlüsselbund; die AWS CLI erhält sie über credential_process.</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="154"/>
        <source>The keychain item for %1 is not a credential_process document.</source>
        <translation>Der Schlüsselbund-Eintrag für %1 ist kein credential_process-Dokument.</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="162"/>
        <source>The access key ID and the secret access key cannot be empty.</source>
        <translation>Die Zugriffsschlüssel-ID und der geheime Zugriffsschlüssel dürfen nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="172"/>
        <source>The keychain item was not changed: %1</source>
        <translation>Der Schlüsselbund-Eintrag wurde nicht geändert: %1</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="177"/>
        <source>The keys of %1 in the keychain were changed; the AWS CLI gets the new ones from its next command.</source>
        <translation>Die Schlüssel von %1 im Schlüsselbund wurden geändert; die AWS CLI erhält die neuen ab ihrem nächsten Befehl.</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="184"/>
        <source>The keychain did not give back what was written; the old keys of %1 were put back.</source>
        <translation>Der Schlüsselbund hat nicht zurückgegeben, was geschrieben wurde; die alten Schlüssel von %1 wurden wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="187"/>
        <source>The keychain did not give back what was written, and the old keys of %1 could not be put back: %2</source>
        <translation>Der Schlüsselbund hat nicht zurückgegeben, was geschrieben wurde, und die alten Schlüssel von %1 konnten nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="209"/>
        <source>Profile %1 does not keep its keys in the keychain.</source>
        <translation>Das Profil %1 bewahrt seine Schlüssel nicht im Schlüsselbund auf.</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="222"/>
        <source>The keychain item for %1 is not a credential_process document; nothing was changed.</source>
        <translation>Der Schlüsselbund-Eintrag für %1 ist kein credential_process-Dokument; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="236"/>
        <source>Could not move the keys of %1 back: %2. The keychain item is left in place.</source>
        <translation>Die Schlüssel von %1 konnten nicht zurückverschoben werden: %2. Der Schlüsselbund-Eintrag bleibt bestehen.</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="241"/>
        <source>The keys of %1 are back in the credentials file, but the keychain item could not be deleted: %2</source>
        <translation>Die Schlüssel von %1 sind wieder in der Credentials-Datei, aber der Schlüsselbund-Eintrag konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="244"/>
        <source>The keys of %1 are back in the credentials file.</source>
        <translation>Die Schlüssel von %1 sind wieder in der Credentials-Datei.</translation>
    </message>
</context>
<context>
    <name>apm::DiskFile</name>
    <message>
        <location filename="../app/core/config/DiskFile.cpp" line="106"/>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <location filename="../app/core/config/DiskFile.cpp" line="108"/>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <location filename="../app/core/config/DiskFile.cpp" line="110"/>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <location filename="../app/core/config/DiskFile.cpp" line="112"/>
        <source>a block device</source>
        <translation>ein Blockgerät</translation>
    </message>
    <message>
        <location filename="../app/core/config/DiskFile.cpp" line="113"/>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../app/core/config/DiskFile.cpp" line="148"/>
        <source>Could not write %1: %2. The file was not changed.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <location filename="../app/core/config/DiskFile.cpp" line="155"/>
        <source>%1 was changed by another program while it was being saved. Nothing was written.</source>
        <translation>%1 wurde während des Speicherns von einem anderen Programm geändert. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/core/config/DiskFile.cpp" line="236"/>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <location filename="../app/core/config/DiskFile.cpp" line="312"/>
        <source>Could not create the folder %1. Check that you may write to its parent.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden. Prüfen Sie, ob Sie in seinen übergeordneten Ordner schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../app/core/config/DiskFile.cpp" line="319"/>
        <source>Could not open the folder %1: %2.</source>
        <translation>Der Ordner %1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location filename="../app/core/config/DiskFile.cpp" line="332"/>
        <source>Another program has been saving a file in %1 for more than 10 seconds. Nothing was written; try again.</source>
        <translation>Ein anderes Programm speichert seit mehr als 10 Sekunden eine Datei in %1. Es wurde nichts geschrieben; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/config/DiskFile.cpp" line="355"/>
        <source>Could not read %1 (%2), so it was not written: saving would replace what we cannot see. Give yourself read permission (chmod u+r) and try again.</source>
        <translation>%1 konnte nicht gelesen werden (%2) und wurde daher nicht geschrieben: Speichern würde ersetzen, was wir nicht sehen können. Geben Sie sich Leserechte (chmod u+r) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/config/DiskFile.cpp" line="360"/>
        <source>%1 is %2, not a file, so nothing was written. Point AWS_CONFIG_FILE or AWS_SHARED_CREDENTIALS_FILE at a regular file.</source>
        <translation>%1 ist %2, keine Datei, daher wurde nichts geschrieben. Lassen Sie AWS_CONFIG_FILE oder AWS_SHARED_CREDENTIALS_FILE auf eine reguläre Datei zeigen.</translation>
    </message>
</context>
<context>
    <name>apm::DisplayText</name>
    <message numerus="yes">
        <location filename="../app/core/base/DisplayText.h" line="24"/>
        <source>%1… (%n characters)</source>
        <translation>
            <numerusform>%1… (%n Zeichen)</numerusform>
            <numerusform>%1… (%n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/base/DisplayText.h" line="41"/>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 Std.</translation>
    </message>
    <message>
        <location filename="../app/core/base/DisplayText.h" line="42"/>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <location filename="../app/core/base/DisplayText.h" line="44"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location filename="../app/core/base/DisplayText.h" line="46"/>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <location filename="../app/core/base/DisplayText.h" line="47"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>apm::DocumentController</name>
    <message>
        <location filename="../ui/document/DocumentController.cpp" line="45"/>
        <source>Save a file the AWS CLI refuses?</source>
        <translation>Eine Datei speichern, die die AWS CLI ablehnt?</translation>
    </message>
    <message>
        <location filename="../ui/document/DocumentController.cpp" line="46"/>
        <source>%1

The AWS CLI will refuse this file until it is fixed. Save it anyway?</source>
        <translation>%1

Die AWS CLI lehnt diese Datei ab, bis sie korrigiert ist. Trotzdem speichern?</translation>
    </message>
    <message>
        <location filename="../ui/document/DocumentController.cpp" line="48"/>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <location filename="../ui/document/DocumentController.cpp" line="52"/>
        <source>Overwrite?</source>
        <translation>Überschreiben?</translation>
    </message>
    <message>
        <location filename="../ui/document/DocumentController.cpp" line="52"/>
        <source>%1

Overwrite it with your version?</source>
        <translation>%1

Mit Ihrer Fassung überschreiben?</translation>
    </message>
    <message>
        <location filename="../ui/document/DocumentController.cpp" line="53"/>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <location filename="../ui/document/DocumentController.cpp" line="62"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/document/DocumentController.cpp" line="69"/>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/document/DocumentController.cpp" line="70"/>
        <source>Discard your unsaved changes and read the files again from disk?</source>
        <translation>Ihre ungespeicherten Änderungen verwerfen und die Dateien neu von der Platte lesen?</translation>
    </message>
    <message>
        <location filename="../ui/document/DocumentController.cpp" line="71"/>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/document/DocumentController.cpp" line="96"/>
        <source>%1 was changed by another program and has been read again.</source>
        <translation>%1 wurde von einem anderen Programm geändert und neu gelesen.</translation>
    </message>
    <message>
        <location filename="../ui/document/DocumentController.cpp" line="98"/>
        <source>%1 was changed by another program; your unsaved changes are kept on top of it (the undo history starts again here).</source>
        <translation>%1 wurde von einem anderen Programm geändert; Ihre ungespeicherten Änderungen bleiben darüber erhalten (der Rückgängig-Verlauf beginnt hier neu).</translation>
    </message>
    <message>
        <location filename="../ui/document/DocumentController.cpp" line="106"/>
        <source>%1 was changed by another program, on lines you have changed too.

Keep your version (saving will replace the file on disk), or take the file on disk (your unsaved changes to it are dropped)?</source>
        <translation>%1 wurde von einem anderen Programm geändert, in Zeilen, die Sie auch geändert haben.

Ihre Fassung behalten (Speichern ersetzt dann die Datei auf der Platte) oder die Datei von der Platte übernehmen (Ihre ungespeicherten Änderungen daran gehen verloren)?</translation>
    </message>
    <message>
        <location filename="../ui/document/DocumentController.cpp" line="113"/>
        <source>Keeping your version of %1; saving will replace the file on disk.</source>
        <translation>Ihre Fassung von %1 bleibt; Speichern ersetzt die Datei auf der Platte.</translation>
    </message>
    <message>
        <location filename="../ui/document/DocumentController.cpp" line="116"/>
        <source>%1 was read again from disk; your changes to it were dropped.</source>
        <translation>%1 wurde neu von der Platte gelesen; Ihre Änderungen daran wurden verworfen.</translation>
    </message>
</context>
<context>
    <name>apm::FilesPanel</name>
    <message>
        <location filename="../ui/files/FilesPanel.cpp" line="129"/>
        <source>No unsaved changes: the files on disk are what you see.</source>
        <translation>Keine ungespeicherten Änderungen: Die Dateien auf der Platte sind, was Sie sehen.</translation>
    </message>
    <message>
        <location filename="../ui/files/FilesPanel.cpp" line="130"/>
        <source>Saving will make exactly these changes:</source>
        <translation>Speichern nimmt genau diese Änderungen vor:</translation>
    </message>
</context>
<context>
    <name>apm::HttpCall</name>
    <message>
        <location filename="../app/core/base/Http.cpp" line="35"/>
        <source>the network module is not installed (looked for %1)</source>
        <translation>das Netzwerk-Modul ist nicht installiert (gesucht: %1)</translation>
    </message>
    <message>
        <location filename="../app/core/base/Http.cpp" line="72"/>
        <source>No request can be sent: %1. Reinstall aws-profile-manager.</source>
        <translation>Es kann keine Anfrage gesendet werden: %1. Installieren Sie aws-profile-manager neu.</translation>
    </message>
</context>
<context>
    <name>apm::IdentityCheck</name>
    <message>
        <location filename="../ui/profile/IdentityCheck.cpp" line="64"/>
        <source>The check stopped before it had an answer.</source>
        <translation>Die Prüfung brach ab, bevor sie eine Antwort hatte.</translation>
    </message>
    <message>
        <location filename="../ui/profile/IdentityCheck.cpp" line="68"/>
        <source>Account %1 · %2 · user id %3 · credentials from %4</source>
        <translation>Konto %1 · %2 · Benutzer-ID %3 · Anmeldedaten aus %4</translation>
    </message>
    <message>
        <location filename="../ui/profile/IdentityCheck.cpp" line="74"/>
        <source> · temporary, until %1</source>
        <translation> · temporär, bis %1</translation>
    </message>
    <message>
        <location filename="../ui/profile/IdentityCheck.cpp" line="101"/>
        <source>The rotation stopped before it ended: check the profile&apos;s keys with Test credentials.</source>
        <translation>Die Rotation wurde vor ihrem Ende abgebrochen: Prüfen Sie die Schlüssel des Profils mit „Anmeldedaten testen“.</translation>
    </message>
    <message>
        <location filename="../ui/profile/IdentityCheck.cpp" line="41"/>
        <source>Could not run %1: %2</source>
        <translation>%1 konnte nicht ausgeführt werden: %2</translation>
    </message>
</context>
<context>
    <name>apm::ImdsPanel</name>
    <message>
        <location filename="../ui/imds/ImdsPanel.cpp" line="34"/>
        <source>Not probed yet. The probe sends the requests the AWS CLI sends, with its timeouts, and shows each answer.</source>
        <translation>Noch nicht geprüft. Die Prüfung sendet die Anfragen, die die AWS CLI sendet, mit deren Zeitlimits, und zeigt jede Antwort.</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.cpp" line="52"/>
        <source>The AWS CLI refuses these settings: %1</source>
        <translation>Die AWS CLI lehnt diese Einstellungen ab: %1</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.cpp" line="54"/>
        <source>AWS_EC2_METADATA_DISABLED is true: the AWS CLI never asks the instance metadata service.</source>
        <translation>AWS_EC2_METADATA_DISABLED ist true: Die AWS CLI fragt den Instanz-Metadatendienst nie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/imds/ImdsPanel.cpp" line="56"/>
        <source>Endpoint %1 · timeout %n s</source>
        <translation>
            <numerusform>Endpunkt %1 · Zeitlimit %n s</numerusform>
            <numerusform>Endpunkt %1 · Zeitlimit %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/imds/ImdsPanel.cpp" line="57"/>
        <source> · %n attempt(s)</source>
        <translation>
            <numerusform> · %n Versuch</numerusform>
            <numerusform> · %n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.cpp" line="58"/>
        <source> · IMDSv1 disabled</source>
        <translation> · IMDSv1 deaktiviert</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.cpp" line="76"/>
        <source>Probing %1…</source>
        <translation>Prüfe %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/imds/ImdsPanel.cpp" line="97"/>
        <source>Cancelled before the metadata service answered. The AWS CLI would have waited %n second(s) per request before moving on.</source>
        <translation>
            <numerusform>Abgebrochen, bevor der Metadatendienst geantwortet hat. Die AWS CLI hätte %n Sekunde pro Anfrage gewartet, bevor sie weitermacht.</numerusform>
            <numerusform>Abgebrochen, bevor der Metadatendienst geantwortet hat. Die AWS CLI hätte %n Sekunden pro Anfrage gewartet, bevor sie weitermacht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.cpp" line="107"/>
        <location filename="../ui/imds/ImdsPanel.cpp" line="114"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.cpp" line="108"/>
        <source>no request sent</source>
        <translation>keine Anfrage gesendet</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.cpp" line="109"/>
        <source>IMDSv2 (session token)</source>
        <translation>IMDSv2 (Sitzungstoken)</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.cpp" line="110"/>
        <source>IMDSv1 (no token)</source>
        <translation>IMDSv1 (kein Token)</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.cpp" line="111"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.cpp" line="127"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.cpp" line="128"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.cpp" line="128"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.cpp" line="135"/>
        <source>no credentials</source>
        <translation>keine Anmeldedaten</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.cpp" line="141"/>
        <source>in %1 (%2)</source>
        <translation>in %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/imds/ImdsPanel.cpp" line="142"/>
        <source>expired %1 ago (%2); the AWS CLI extends and uses them anyway</source>
        <translation>abgelaufen vor %1 (%2); die AWS CLI verlängert sie und verwendet sie trotzdem</translation>
    </message>
</context>
<context>
    <name>apm::ImdsProbe</name>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="202"/>
        <source>answer larger than %1 KiB, abandoned</source>
        <translation>Antwort größer als %1 KiB, abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="203"/>
        <source>read timeout</source>
        <translation>Zeitlimit beim Lesen</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="203"/>
        <source>connect timeout</source>
        <translation>Zeitlimit beim Verbinden</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="262"/>
        <source>The credentials document for role %1 has no %2.</source>
        <translation>Dem Anmeldedaten-Dokument der Rolle %1 fehlt %2.</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="361"/>
        <source>%1 s × %2 attempt(s)</source>
        <translation>%1 s × %2 Versuch(e)</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="364"/>
        <source>AWS_EC2_METADATA_DISABLED is true: the AWS CLI does not ask the instance metadata service.</source>
        <translation>AWS_EC2_METADATA_DISABLED ist true: Die AWS CLI fragt den Instanz-Metadatendienst nicht.</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="368"/>
        <source>The AWS CLI refuses this setting, and stops: %1</source>
        <translation>Die AWS CLI lehnt diese Einstellung ab und bricht ab: %1</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="371"/>
        <source>The endpoint %1 does not end with &apos;/&apos;, so the AWS CLI 2.9 pastes the path onto its port and stops with &quot;%2&quot;. Add the final &apos;/&apos;.</source>
        <translation>Der Endpunkt %1 endet nicht mit &apos;/&apos;, daher hängt die AWS CLI 2.9 den Pfad an seinen Port und bricht mit „%2“ ab. Ergänzen Sie das abschließende &apos;/&apos;.</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="377"/>
        <source>Nothing usable answered at %1 (%2). Either this machine is not an EC2 instance (or the endpoint is wrong), or this runs in a container on EC2 whose metadata hop limit is 1, so answers cannot make the extra hop. Check the instance&apos;s MetadataOptions.HttpPutResponseHopLimit (2 for containers), or give the container its own role.</source>
        <translation>Unter %1 hat nichts Brauchbares geantwortet (%2). Entweder ist dieser Rechner keine EC2-Instanz (oder der Endpunkt ist falsch), oder dies läuft in einem Container auf EC2, dessen Metadaten-Hop-Limit 1 ist, sodass die Antworten den zusätzlichen Hop nicht schaffen. Prüfen Sie MetadataOptions.HttpPutResponseHopLimit der Instanz (2 für Container), oder geben Sie dem Container eine eigene Rolle.</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="386"/>
        <source>No IMDSv2 token could be had, and IMDSv1 is disabled here (AWS_EC2_METADATA_V1_DISABLED or ec2_metadata_v1_disabled): the AWS CLI gets no instance credentials.</source>
        <translation>Es war kein IMDSv2-Token zu bekommen, und IMDSv1 ist hier deaktiviert (AWS_EC2_METADATA_V1_DISABLED oder ec2_metadata_v1_disabled): Die AWS CLI erhält keine Instanz-Anmeldedaten.</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="389"/>
        <source>The instance requires IMDSv2 (401 without a token), and the token request failed. In a container, raise the hop limit to 2.</source>
        <translation>Die Instanz verlangt IMDSv2 (401 ohne Token), und die Token-Anfrage ist fehlgeschlagen. Erhöhen Sie in einem Container das Hop-Limit auf 2.</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="394"/>
        <source>The metadata service rejected the token request (400 Bad Request): the AWS CLI gives up without trying IMDSv1. Check that nothing rewrites the request (a proxy, X-Forwarded-For).</source>
        <translation>Der Metadatendienst hat die Token-Anfrage abgelehnt (400 Bad Request): Die AWS CLI gibt auf, ohne IMDSv1 zu versuchen. Prüfen Sie, dass nichts die Anfrage umschreibt (ein Proxy, X-Forwarded-For).</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="399"/>
        <source>The instance answers, but has no IAM role (instance profile) attached. Attach one (aws ec2 associate-iam-instance-profile) or use another source of credentials.</source>
        <translation>Die Instanz antwortet, hat aber keine IAM-Rolle (Instanzprofil). Verknüpfen Sie eine (aws ec2 associate-iam-instance-profile) oder verwenden Sie eine andere Quelle für Anmeldedaten.</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="404"/>
        <source>The credentials document for role %1 is not valid JSON (or too large): the AWS CLI ignores it.</source>
        <translation>Das Anmeldedaten-Dokument der Rolle %1 ist kein gültiges JSON (oder zu groß): Die AWS CLI ignoriert es.</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="408"/>
        <source> The AWS CLI ignores such a document.</source>
        <translation> Die AWS CLI ignoriert ein solches Dokument.</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="415"/>
        <source>Role %1, access key %2, via IMDS%3.</source>
        <translation>Rolle %1, Zugriffsschlüssel %2, über IMDS%3.</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="421"/>
        <source>The credentials expired at %1: the AWS CLI keeps using them for a while (static stability), but AWS will refuse them.</source>
        <translation>Die Anmeldedaten sind um %1 abgelaufen: Die AWS CLI verwendet sie noch eine Weile weiter (statische Stabilität), aber AWS wird sie ablehnen.</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="411"/>
        <location filename="../app/core/imds/ImdsClient.cpp" line="427"/>
        <source>Region from the availability zone: %1.</source>
        <translation>Region aus der Availability Zone: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="87"/>
        <source>%1 is set, but NO_PROXY exempts %2: requests go directly.</source>
        <translation>%1 ist gesetzt, aber NO_PROXY nimmt %2 aus: Die Anfragen gehen direkt.</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="90"/>
        <source>Requests go through the proxy %1 (%2). A proxy cannot reach the instance metadata service: add %3 to NO_PROXY.</source>
        <translation>Die Anfragen gehen über den Proxy %1 (%2). Ein Proxy kann den Instanz-Metadatendienst nicht erreichen: Fügen Sie %3 zu NO_PROXY hinzu.</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="424"/>
        <source>They expire at %1 (in %2).</source>
        <translation>Sie laufen um %1 ab (in %2).</translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="435"/>
        <source>The token request timed out and IMDSv1 answered: typical of a container whose hop limit is 1.</source>
        <translation>Die Token-Anfrage lief in ein Zeitlimit und IMDSv1 hat geantwortet: typisch für einen Container, dessen Hop-Limit 1 ist.</translation>
    </message>
</context>
<context>
    <name>apm::ImportSetDialog</name>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.cpp" line="25"/>
        <location filename="../ui/organisation/ImportSetDialog.cpp" line="127"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.cpp" line="27"/>
        <source>&amp;Apply</source>
        <translation>Überne&amp;hmen</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.cpp" line="36"/>
        <source>Profile set</source>
        <translation>Profilsatz</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.cpp" line="37"/>
        <source>Profile sets (*.ini *.cfg *.conf *.txt);;All files (*)</source>
        <translation>Profilsätze (*.ini *.cfg *.conf *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.cpp" line="98"/>
        <source>Replace hand edits?</source>
        <translation>Handänderungen ersetzen?</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.cpp" line="98"/>
        <source>Replace the block</source>
        <translation>Block ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.cpp" line="109"/>
        <source>Could not read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.cpp" line="117"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.cpp" line="118"/>
        <source>Fetching %1…</source>
        <translation>%1 wird abgerufen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/organisation/ImportSetDialog.cpp" line="140"/>
        <source>%n section(s) of the set go into the block &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n Abschnitt des Satzes kommt in den Block „%1“.</numerusform>
            <numerusform>%n Abschnitte des Satzes kommen in den Block „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.cpp" line="142"/>
        <source>Left out, since you have your own: %1</source>
        <translation>Weggelassen, da Sie eigene haben: %1</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.cpp" line="144"/>
        <source>No longer in the set, removed: %1</source>
        <translation>Nicht mehr im Satz, entfernt: %1</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.cpp" line="146"/>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <location filename="../ui/organisation/ImportSetDialog.cpp" line="161"/>
        <source>Import the profile set %1</source>
        <translation>Profilsatz %1 importieren</translation>
    </message>
</context>
<context>
    <name>apm::IniDocument</name>
    <message>
        <location filename="../app/core/ini/IniDocument.cpp" line="715"/>
        <source>the AWS CLI cannot add &quot;%1.%2&quot; here: the line after &quot;%1 =&quot; is not a setting, and its writer fails on it. Remove the blank or comment line after &quot;%1 =&quot; first.</source>
        <translation>die AWS CLI kann „%1.%2“ hier nicht hinzufügen: Die Zeile nach „%1 =“ ist keine Einstellung, und ihr Schreiber scheitert daran. Entfernen Sie zuerst die Leer- oder Kommentarzeile nach „%1 =“.</translation>
    </message>
    <message>
        <location filename="../app/core/ini/IniDocument.cpp" line="721"/>
        <source>the AWS CLI cannot add &quot;%1.%2&quot; when &quot;%1 =&quot; is the last line of the file, and its writer fails on it. Add the sub-setting by hand.</source>
        <translation>die AWS CLI kann „%1.%2“ nicht hinzufügen, wenn „%1 =“ die letzte Zeile der Datei ist, und ihr Schreiber scheitert daran. Fügen Sie die Untereinstellung von Hand hinzu.</translation>
    </message>
</context>
<context>
    <name>apm::IniReader</name>
    <message>
        <location filename="../app/core/ini/IniReader.cpp" line="26"/>
        <source>this line holds NUL bytes (%1 of its %2 characters): the file is damaged or not text, and the AWS CLI cannot read it. Restore it from a backup, or remove the line.</source>
        <translation>diese Zeile enthält NUL-Bytes (%1 von ihren %2 Zeichen): Die Datei ist beschädigt oder kein Text, und die AWS CLI kann sie nicht lesen. Stellen Sie sie aus einer Sicherung wieder her oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <location filename="../app/core/ini/IniReader.cpp" line="32"/>
        <source>the file starts with a byte order mark (BOM), which the AWS CLI does not accept. Save the file as UTF-8 without BOM.</source>
        <translation>die Datei beginnt mit einer Byte-Reihenfolge-Markierung (BOM), die die AWS CLI nicht akzeptiert. Speichern Sie die Datei als UTF-8 ohne BOM.</translation>
    </message>
    <message>
        <location filename="../app/core/ini/IniReader.cpp" line="37"/>
        <source>this section header is not closed: &quot;%1&quot; needs a &quot;]&quot; at its end, and the AWS CLI refuses the file until it has one.</source>
        <translation>diese Abschnittsüberschrift ist nicht geschlossen: „%1“ braucht ein „]“ am Ende, und die AWS CLI lehnt die Datei ab, bis es da ist.</translation>
    </message>
    <message>
        <location filename="../app/core/ini/IniReader.cpp" line="42"/>
        <source>this line comes before any [section] header, and the AWS CLI refuses the file. Put it under a section or remove it.</source>
        <translation>diese Zeile steht vor jeder [Abschnitt]-Überschrift, und die AWS CLI lehnt die Datei ab. Setzen Sie sie unter einen Abschnitt oder entfernen Sie sie.</translation>
    </message>
    <message>
        <location filename="../app/core/ini/IniReader.cpp" line="45"/>
        <source>this line is neither a [section] header nor a &quot;key = value&quot; setting, and the AWS CLI refuses the file. Add &quot;= value&quot;, make it a comment with #, or remove it.</source>
        <translation>diese Zeile ist weder eine [Abschnitt]-Überschrift noch eine Einstellung „Schlüssel = Wert“, und die AWS CLI lehnt die Datei ab. Ergänzen Sie „= Wert“, machen Sie sie mit # zu einem Kommentar, oder entfernen Sie sie.</translation>
    </message>
    <message>
        <location filename="../app/core/ini/IniReader.cpp" line="150"/>
        <source>the section [%1] appears a second time (first at line %2), and the AWS CLI refuses a file with a repeated section. Merge the two into one.</source>
        <translation>der Abschnitt [%1] kommt ein zweites Mal vor (zuerst in Zeile %2), und die AWS CLI lehnt eine Datei mit einem wiederholten Abschnitt ab. Führen Sie die beiden zu einem zusammen.</translation>
    </message>
    <message>
        <location filename="../app/core/ini/IniReader.cpp" line="182"/>
        <source>this setting has no name before &quot;%1&quot;, and the AWS CLI refuses the file.</source>
        <translation>diese Einstellung hat keinen Namen vor „%1“, und die AWS CLI lehnt die Datei ab.</translation>
    </message>
    <message>
        <location filename="../app/core/ini/IniReader.cpp" line="191"/>
        <source>the key &quot;%1&quot; appears twice in this section (key names ignore case), and the AWS CLI refuses the file. Keep one of them.</source>
        <translation>der Schlüssel „%1“ kommt in diesem Abschnitt zweimal vor (Groß- und Kleinschreibung zählt bei Schlüsselnamen nicht), und die AWS CLI lehnt die Datei ab. Behalten Sie einen davon.</translation>
    </message>
    <message>
        <location filename="../app/core/ini/IniReader.cpp" line="248"/>
        <source>this indented line under &quot;%1 =&quot; is not &quot;name = value&quot;, and the AWS CLI refuses the file (nested settings take &quot;=&quot; only). Fix the line or remove it.</source>
        <translation>diese eingerückte Zeile unter „%1 =“ ist nicht „Name = Wert“, und die AWS CLI lehnt die Datei ab (verschachtelte Einstellungen kennen nur „=“). Korrigieren oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <location filename="../app/core/ini/IniReader.cpp" line="278"/>
        <source>the file is not valid UTF-8 text, so the AWS CLI cannot read it either. Save it as UTF-8.</source>
        <translation>die Datei ist kein gültiger UTF-8-Text, daher kann auch die AWS CLI sie nicht lesen. Speichern Sie sie als UTF-8.</translation>
    </message>
</context>
<context>
    <name>apm::KeychainActions</name>
    <message>
        <location filename="../ui/keychain/KeychainActions.cpp" line="21"/>
        <source>Move keys to the &amp;keychain</source>
        <translation>Schlüssel in den &amp;Schlüsselbund verschieben</translation>
    </message>
    <message>
        <location filename="../ui/keychain/KeychainActions.cpp" line="22"/>
        <source>Move keys back to the credentials &amp;file</source>
        <translation>Schlüssel zurück in die Credentials-&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/keychain/KeychainActions.cpp" line="25"/>
        <source>Take the keys out of the credentials file and keep them in the OS keychain; the AWS CLI gets them through credential_process</source>
        <translation>Die Schlüssel aus der Credentials-Datei nehmen und im Schlüsselbund des Systems aufbewahren; die AWS CLI erhält sie über credential_process</translation>
    </message>
    <message>
        <location filename="../ui/keychain/KeychainActions.cpp" line="50"/>
        <source>Moving the keys of %1 into the keychain…</source>
        <translation>Die Schlüssel von %1 werden in den Schlüsselbund verschoben…</translation>
    </message>
    <message>
        <location filename="../ui/keychain/KeychainActions.cpp" line="51"/>
        <source>Moving the keys of %1 back to the credentials file…</source>
        <translation>Die Schlüssel von %1 werden zurück in die Credentials-Datei verschoben…</translation>
    </message>
</context>
<context>
    <name>apm::KeychainSecretStore</name>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="35"/>
        <source>the keychain module is not installed (looked for %1)</source>
        <translation>das Schlüsselbund-Modul ist nicht installiert (gesucht: %1)</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="61"/>
        <source>The keychain cannot be used: %1. Reinstall aws-profile-manager.</source>
        <translation>Der Schlüsselbund ist nicht nutzbar: %1. Installieren Sie aws-profile-manager neu.</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="108"/>
        <source>The keychain has no item for %1.</source>
        <translation>Der Schlüsselbund hat keinen Eintrag für %1.</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="113"/>
        <source>The keychain refused access (%1). If your login keyring is locked, unlock it (for example by logging in to the desktop) and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1). Wenn Ihr Anmelde-Schlüsselbund gesperrt ist, entsperren Sie ihn (zum Beispiel durch Anmelden am Desktop) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="124"/>
        <source>WSL starts no desktop session, so there is no D-Bus session bus and no keychain to reach. Start one (dbus-run-session) with gnome-keyring-daemon, or keep these keys in the credentials file.</source>
        <translation>WSL startet keine Desktop-Sitzung, daher gibt es keinen D-Bus-Sitzungsbus und keinen erreichbaren Schlüsselbund. Starten Sie einen (dbus-run-session) mit gnome-keyring-daemon, oder behalten Sie diese Schlüssel in der Credentials-Datei.</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="127"/>
        <source>No D-Bus session bus: the keychain (Secret Service) cannot be reached. This happens in SSH sessions without a desktop session; start one (dbus-run-session) with gnome-keyring-daemon, or keep these keys in the credentials file.</source>
        <translation>Kein D-Bus-Sitzungsbus: Der Schlüsselbund (Secret Service) ist nicht erreichbar. Das kommt in SSH-Sitzungen ohne Desktop-Sitzung vor; starten Sie eine (dbus-run-session) mit gnome-keyring-daemon, oder behalten Sie diese Schlüssel in der Credentials-Datei.</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="136"/>
        <source>KWallet did not give access (%1). Enable the wallet in System Settings › KDE Wallet, open it, and try again.</source>
        <translation>KWallet hat keinen Zugriff gewährt (%1). Aktivieren Sie die Brieftasche unter Systemeinstellungen › KDE-Passwortspeicher, öffnen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="145"/>
        <source>The Secret Service has no default keyring (%1). Create one and make it the default (in Seahorse: File › New › Password Keyring, then &quot;Set as default&quot;), and try again.</source>
        <translation>Der Secret Service hat keinen Standard-Schlüsselbund (%1). Legen Sie einen an und machen Sie ihn zum Standard (in Seahorse: Datei › Neu › Passwort-Schlüsselbund, dann „Als Standard festlegen“), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="154"/>
        <source>The keyring is locked and was not unlocked (%1). Unlock it (Seahorse, or logging in to the desktop) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt und wurde nicht entsperrt (%1). Entsperren Sie ihn (Seahorse, oder Anmelden am Desktop) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="163"/>
        <source>No Secret Service answers on the session bus (%1). WSL has none of its own: start gnome-keyring-daemon in your session, then try again.</source>
        <translation>Auf dem Sitzungsbus antwortet kein Secret Service (%1). WSL hat keinen eigenen: Starten Sie gnome-keyring-daemon in Ihrer Sitzung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="166"/>
        <source>No Secret Service answers on the session bus (%1). Install and start gnome-keyring or KWallet (with its Secret Service), then try again.</source>
        <translation>Auf dem Sitzungsbus antwortet kein Secret Service (%1). Installieren und starten Sie gnome-keyring oder KWallet (mit seinem Secret Service) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="177"/>
        <source>The keychain failed: %1</source>
        <translation>Der Schlüsselbund ist gescheitert: %1</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="177"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
</context>
<context>
    <name>apm::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="56"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="154"/>
        <source>Precedence</source>
        <translation>Vorrang</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="160"/>
        <source>Instance metadata</source>
        <translation>Instanz-Metadaten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="122"/>
        <source>The copied secret was cleared from the clipboard.</source>
        <translation>Das kopierte Geheimnis wurde aus der Zwischenablage entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="166"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="184"/>
        <source>Active in your shells: </source>
        <translation>Aktiv in Ihren Shells: </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="206"/>
        <source>The SSO profiles are in the config file: Save to write it.</source>
        <translation>Die SSO-Profile stehen in der Konfigurationsdatei: Speichern schreibt sie.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>The profile set is in the config file: Save to write it.</source>
        <translation>Der Profilsatz steht in der Konfigurationsdatei: Speichern schreibt ihn.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="317"/>
        <source>Save your changes before the window opens the other files?</source>
        <translation>Ihre Änderungen speichern, bevor das Fenster die anderen Dateien öffnet?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="330"/>
        <source>Save your changes to the AWS files before closing?</source>
        <translation>Änderungen an den AWS-Dateien vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="291"/>
        <source>This file cannot be read the way the AWS CLI reads it, so it is shown read-only and never written:&lt;br&gt;%1&lt;br&gt;&lt;a href=&quot;#line&quot;&gt;Show the line&lt;/a&gt;</source>
        <translation>Diese Datei lässt sich nicht so lesen, wie die AWS CLI sie liest, daher wird sie schreibgeschützt gezeigt und nie geschrieben:&lt;br&gt;%1&lt;br&gt;&lt;a href=&quot;#line&quot;&gt;Zeile zeigen&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="294"/>
        <source>%1 · %2 · %n profile(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n Profil</numerusform>
            <numerusform>%1 · %2 · %n Profile</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apm::ManagedBlock</name>
    <message>
        <location filename="../app/core/config/ManagedBlock.cpp" line="73"/>
        <source>a second block &quot;%1&quot; starts here (the first at line %2): remove one of them, markers included.</source>
        <translation>hier beginnt ein zweiter Block „%1“ (der erste in Zeile %2): Entfernen Sie einen davon, samt Markierungen.</translation>
    </message>
    <message>
        <location filename="../app/core/config/ManagedBlock.cpp" line="86"/>
        <source>the block &quot;%1&quot; closes here but does not open before: restore its first line, or remove this one.</source>
        <translation>der Block „%1“ endet hier, beginnt aber nicht davor: Stellen Sie seine erste Zeile wieder her oder entfernen Sie diese.</translation>
    </message>
    <message>
        <location filename="../app/core/config/ManagedBlock.cpp" line="103"/>
        <source>the block &quot;%1&quot; that starts here never closes (its last line, &quot;%2&quot;, is missing): restore that line where the block ends.</source>
        <translation>der Block „%1“, der hier beginnt, endet nie (seine letzte Zeile „%2“ fehlt): Stellen Sie diese Zeile am Ende des Blocks wieder her.</translation>
    </message>
</context>
<context>
    <name>apm::NewProfileDialog</name>
    <message>
        <location filename="../ui/profile/NewProfileDialog.cpp" line="58"/>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/profile/NewProfileDialog.cpp" line="67"/>
        <source>[profile NAME]</source>
        <translation>[profile NAME]</translation>
    </message>
    <message>
        <location filename="../ui/profile/NewProfileDialog.cpp" line="69"/>
        <source>The keys go to %1 under [%2]; the other settings to %3 under %4.</source>
        <translation>Die Schlüssel kommen in %1 unter [%2]; die übrigen Einstellungen in %3 unter %4.</translation>
    </message>
    <message>
        <location filename="../ui/profile/NewProfileDialog.cpp" line="70"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../ui/profile/NewProfileDialog.cpp" line="71"/>
        <source>Everything goes to %1 under %2.</source>
        <translation>Alles kommt in %1 unter %2.</translation>
    </message>
</context>
<context>
    <name>apm::PrecedenceModel</name>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="145"/>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="145"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
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
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="200"/>
        <source>Used</source>
        <translation>Verwendet</translation>
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
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="206"/>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="210"/>
        <source>The setting the AWS CLI looks up</source>
        <translation>Die Einstellung, die die AWS CLI nachschlägt</translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="211"/>
        <source>The value the AWS CLI uses, and where it comes from</source>
        <translation>Der Wert, den die AWS CLI verwendet, und woher er kommt</translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="212"/>
        <source>A command-line option (--profile, --region, --output, ...)</source>
        <translation>Eine Befehlszeilenoption (--profile, --region, --output, ...)</translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="213"/>
        <source>An environment variable (AWS_PROFILE, AWS_REGION, ...)</source>
        <translation>Eine Umgebungsvariable (AWS_PROFILE, AWS_REGION, ...)</translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="214"/>
        <source>The shared credentials file</source>
        <translation>Die gemeinsame Credentials-Datei</translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="215"/>
        <source>The config file</source>
        <translation>Die Konfigurationsdatei</translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="216"/>
        <source>A credential provider the profile names: a process, an assumed role, SSO</source>
        <translation>Ein Anmeldedaten-Provider, den das Profil nennt: ein Prozess, eine übernommene Rolle, SSO</translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="217"/>
        <source>The container&apos;s credentials endpoint or the instance metadata service</source>
        <translation>Der Anmeldedaten-Endpunkt des Containers oder der Instanz-Metadatendienst</translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="201"/>
        <source>--option</source>
        <translation>--option</translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="202"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
</context>
<context>
    <name>apm::PrecedencePanel</name>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.cpp" line="116"/>
        <source>Hide the what-if options</source>
        <translation>Die Was-wäre-wenn-Optionen ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.cpp" line="116"/>
        <source>Show the what-if options</source>
        <translation>Die Was-wäre-wenn-Optionen zeigen</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.cpp" line="185"/>
        <source>Reading the environment of a login shell (%1)…</source>
        <translation>Die Umgebung einer Login-Shell wird gelesen (%1)…</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.cpp" line="189"/>
        <source>%1 -l did not print its environment; showing this program&apos;s.</source>
        <translation>%1 -l hat seine Umgebung nicht ausgegeben; gezeigt wird die dieses Programms.</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.cpp" line="270"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.cpp" line="271"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.cpp" line="272"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.cpp" line="276"/>
        <source>No findings: nothing shadows or breaks this configuration.</source>
        <translation>Keine Befunde: Nichts überdeckt oder stört diese Konfiguration.</translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.cpp" line="282"/>
        <source>Asking %1… the table updates when the answer arrives.</source>
        <translation>%1 wird gefragt… die Tabelle aktualisiert sich, wenn die Antwort eintrifft.</translation>
    </message>
</context>
<context>
    <name>apm::Profile</name>
    <message>
        <location filename="../app/core/config/Profile.cpp" line="53"/>
        <source>settings only</source>
        <translation>nur Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/core/config/Profile.cpp" line="54"/>
        <source>static keys</source>
        <translation>statische Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/core/config/Profile.cpp" line="55"/>
        <source>assume role</source>
        <translation>Rolle übernehmen</translation>
    </message>
    <message>
        <location filename="../app/core/config/Profile.cpp" line="56"/>
        <source>role (credential source)</source>
        <translation>Rolle (credential_source)</translation>
    </message>
    <message>
        <location filename="../app/core/config/Profile.cpp" line="57"/>
        <source>web identity</source>
        <translation>Web-Identität</translation>
    </message>
    <message>
        <location filename="../app/core/config/Profile.cpp" line="58"/>
        <source>SSO</source>
        <translation>SSO</translation>
    </message>
    <message>
        <location filename="../app/core/config/Profile.cpp" line="59"/>
        <source>credential process</source>
        <translation>Credential-Prozess</translation>
    </message>
    <message>
        <location filename="../app/core/config/Profile.cpp" line="60"/>
        <source>login</source>
        <translation>Anmeldung</translation>
    </message>
</context>
<context>
    <name>apm::ProfileFields</name>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="39"/>
        <source>Access key ID</source>
        <translation>Access Key ID</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="41"/>
        <source>Secret access key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="43"/>
        <source>Session token</source>
        <translation>Sitzungstoken</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="45"/>
        <source>Default region name</source>
        <translation>Standardregion</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="48"/>
        <source>Default output format</source>
        <translation>Standard-Ausgabeformat</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="54"/>
        <source>Role ARN</source>
        <translation>Rollen-ARN</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="56"/>
        <source>Source profile</source>
        <translation>Quellprofil</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="59"/>
        <source>Credential source</source>
        <translation>Anmeldedaten-Quelle</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="65"/>
        <source>MFA device serial or ARN</source>
        <translation>MFA-Gerät (Seriennummer oder ARN)</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="67"/>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="69"/>
        <source>Role session name</source>
        <translation>Name der Rollensitzung</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="71"/>
        <source>Duration (seconds)</source>
        <translation>Dauer (Sekunden)</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="73"/>
        <source>Web identity token file</source>
        <translation>Web-Identity-Tokendatei</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="75"/>
        <source>SSO session</source>
        <translation>SSO-Sitzung</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="77"/>
        <source>SSO account ID</source>
        <translation>SSO-Konto-ID</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="79"/>
        <source>SSO role name</source>
        <translation>SSO-Rollenname</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="81"/>
        <source>SSO start URL (without a session)</source>
        <translation>SSO-Start-URL (ohne Sitzung)</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="83"/>
        <source>SSO region (without a session)</source>
        <translation>SSO-Region (ohne Sitzung)</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="85"/>
        <source>Credential process command</source>
        <translation>Befehl des Credential-Prozesses</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="205"/>
        <source>Provided region_name &apos;%1&apos; doesn&apos;t match a supported format.</source>
        <translation>Provided region_name &apos;%1&apos; doesn&apos;t match a supported format.</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="213"/>
        <source>Unknown output type: %1 (the AWS CLI knows json, yaml, yaml-stream, text and table)</source>
        <translation>Unbekannter Ausgabetyp: %1 (die AWS CLI kennt json, yaml, yaml-stream, text und table)</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="224"/>
        <source>This does not look like a role ARN (arn:aws:iam::123456789012:role/NAME); STS will refuse it.</source>
        <translation>Das sieht nicht wie ein Rollen-ARN aus (arn:aws:iam::123456789012:role/NAME); STS wird ihn ablehnen.</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="233"/>
        <source>The source_profile &quot;%1&quot; referenced in the profile &quot;%2&quot; does not exist.</source>
        <translation>The source_profile &quot;%1&quot; referenced in the profile &quot;%2&quot; does not exist.</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="237"/>
        <source>A profile can be its own source_profile only when it has keys of its own; otherwise the AWS CLI reports an infinite loop.</source>
        <translation>Ein Profil kann nur dann sein eigenes source_profile sein, wenn es eigene Schlüssel hat; sonst meldet die AWS CLI eine Endlosschleife.</translation>
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
        <translation>Keine ganze Zahl: Die AWS CLI ignoriert sie und fordert bei STS eine Stunde an.</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="265"/>
        <source>STS accepts 900 to 43200 seconds (and no more than the role&apos;s maximum).</source>
        <translation>STS akzeptiert 900 bis 43200 Sekunden (und nicht mehr als das Maximum der Rolle).</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="274"/>
        <source>Access key IDs are 16 to 128 capital letters and digits (AKIA… or ASIA…).</source>
        <translation>Zugriffsschlüssel-IDs bestehen aus 16 bis 128 Großbuchstaben und Ziffern (AKIA… oder ASIA…).</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="277"/>
        <source>An ASIA… key is temporary: it needs its session token too.</source>
        <translation>Ein ASIA…-Schlüssel ist temporär: Er braucht auch sein Sitzungstoken.</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="285"/>
        <source>There is no [sso-session %1] section in the config file.</source>
        <translation>In der Konfigurationsdatei gibt es keinen Abschnitt [sso-session %1].</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="293"/>
        <source>The start URL is the https:// address of your AWS access portal.</source>
        <translation>Die Start-URL ist die https://-Adresse Ihres AWS-Zugangsportals.</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="295"/>
        <source>This profile names an sso_session: the AWS CLI takes the start URL from that block, and this one must match it.</source>
        <translation>Dieses Profil nennt eine sso_session: Die AWS CLI nimmt die Start-URL aus jenem Block, und diese hier muss mit ihr übereinstimmen.</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="305"/>
        <source>An AWS account ID is twelve digits.</source>
        <translation>Eine AWS-Konto-ID hat zwölf Ziffern.</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="313"/>
        <source>No such file here; the AWS CLI reads the token from it on every call.</source>
        <translation>Hier gibt es keine solche Datei; die AWS CLI liest das Token bei jedem Aufruf daraus.</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileFields.cpp" line="351"/>
        <source>Give both the access key ID and the secret access key, or neither.</source>
        <translation>Geben Sie sowohl die Zugriffsschlüssel-ID als auch den geheimen Zugriffsschlüssel an, oder keines von beiden.</translation>
    </message>
</context>
<context>
    <name>apm::ProfileForm</name>
    <message numerus="yes">
        <location filename="../ui/profile/ProfileForm.cpp" line="194"/>
        <source>This value is %n characters long, too long to edit here: edit it in the Files tab.</source>
        <translation>
            <numerusform>Dieser Wert ist %n Zeichen lang, zu lang, um ihn hier zu bearbeiten: Bearbeiten Sie ihn im Reiter „Dateien“.</numerusform>
            <numerusform>Dieser Wert ist %n Zeichen lang, zu lang, um ihn hier zu bearbeiten: Bearbeiten Sie ihn im Reiter „Dateien“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apm::ProfileListModel</name>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="37"/>
        <source>signed in until %1</source>
        <translation>angemeldet bis %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="38"/>
        <source>signed in, renewed by the AWS CLI</source>
        <translation>angemeldet, die AWS CLI erneuert die Anmeldung</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="40"/>
        <source>sign-in expired</source>
        <translation>Anmeldung abgelaufen</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="41"/>
        <source>The SSO sign-in as %1 expired at %2: run aws sso login --profile %3.</source>
        <translation>Die SSO-Anmeldung als %1 ist um %2 abgelaufen: Führen Sie aws sso login --profile %3 aus.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="44"/>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="45"/>
        <source>Not signed in to SSO as %1: run aws sso login --profile %2.</source>
        <translation>Nicht bei SSO als %1 angemeldet: Führen Sie aws sso login --profile %2 aus.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="50"/>
        <source>sign-in unreadable</source>
        <translation>Anmeldung unlesbar</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="51"/>
        <source>The SSO token cached in %1 cannot be read: run aws sso login --profile %2.</source>
        <translation>Das in %1 zwischengespeicherte SSO-Token ist nicht lesbar: Führen Sie aws sso login --profile %2 aus.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="194"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="204"/>
        <source>Profile %1, %2, active in your shells</source>
        <translation>Profil %1, %2, aktiv in Ihren Shells</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="205"/>
        <source>Profile %1, %2</source>
        <translation>Profil %1, %2</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="207"/>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="209"/>
        <source>, problem: %1</source>
        <translation>, Problem: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="228"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="229"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="230"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
</context>
<context>
    <name>apm::ProfileListPane</name>
    <message>
        <location filename="../ui/list/ProfileListPane.cpp" line="121"/>
        <source>New profile %1</source>
        <translation>Neues Profil %1</translation>
    </message>
    <message>
        <location filename="../ui/list/ProfileListPane.cpp" line="145"/>
        <location filename="../ui/list/ProfileListPane.cpp" line="152"/>
        <source>Rename profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/list/ProfileListPane.cpp" line="145"/>
        <source>New name for %1:</source>
        <translation>Neuer Name für %1:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/list/ProfileListPane.cpp" line="153"/>
        <source>%n profile(s) take their credentials from %1 (source_profile = %1): %2.

Update them to %3 too?</source>
        <translation>
            <numerusform>%n Profil bezieht seine Anmeldedaten von %1 (source_profile = %1): %2.

Auch auf %3 ändern?</numerusform>
            <numerusform>%n Profile beziehen ihre Anmeldedaten von %1 (source_profile = %1): %2.

Sie auch auf %3 ändern?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/list/ProfileListPane.cpp" line="156"/>
        <source>Update</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location filename="../ui/list/ProfileListPane.cpp" line="170"/>
        <source>Duplicate profile</source>
        <translation>Profil duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/list/ProfileListPane.cpp" line="170"/>
        <source>Name of the copy of %1:</source>
        <translation>Name der Kopie von %1:</translation>
    </message>
    <message>
        <location filename="../ui/list/ProfileListPane.cpp" line="187"/>
        <source>Delete the profile %1? These lines go (you can undo until you save):

%2</source>
        <translation>Das Profil %1 löschen? Diese Zeilen fallen weg (rückgängig machen können Sie es bis zum Speichern):

%2</translation>
    </message>
    <message>
        <location filename="../ui/list/ProfileListPane.cpp" line="188"/>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location filename="../ui/list/ProfileListPane.cpp" line="188"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>apm::ProfilePanel</name>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="166"/>
        <source>Read from the keychain.</source>
        <translation>Aus dem Schlüsselbund gelesen.</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="175"/>
        <source>Writing to the keychain…</source>
        <translation>Schreibe in den Schlüsselbund…</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="186"/>
        <location filename="../ui/profile/ProfilePanel.cpp" line="463"/>
        <source>Secret copied; the clipboard is cleared in 30 seconds.</source>
        <translation>Geheimnis kopiert; die Zwischenablage wird in 30 Sekunden geleert.</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="197"/>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="208"/>
        <source>MFA code</source>
        <translation>MFA-Code</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="209"/>
        <source>MFA code for %1 (leave it empty if the role is still in the AWS CLI&apos;s cache):</source>
        <translation>MFA-Code für %1 (leer lassen, wenn die Rolle noch im Cache der AWS CLI ist):</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="217"/>
        <source>Asking AWS STS whose credentials these are…</source>
        <translation>AWS STS wird gefragt, wem diese Anmeldedaten gehören…</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="227"/>
        <source>These credentials work: %1</source>
        <translation>Diese Anmeldedaten funktionieren: %1</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="228"/>
        <source>The test failed: %1</source>
        <translation>Der Test ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="234"/>
        <source>Cancel t&amp;est</source>
        <translation>Test &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="234"/>
        <source>Test credent&amp;ials</source>
        <translation>Anmeldedaten &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="235"/>
        <source>Cancel the credentials test</source>
        <translation>Den Test der Anmeldedaten abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="236"/>
        <source>Test the credentials with AWS</source>
        <translation>Die Anmeldedaten bei AWS testen</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="246"/>
        <source>Stopping the rotation: the new key is deleted again…</source>
        <translation>Die Rotation wird abgebrochen: Der neue Schlüssel wird wieder gelöscht…</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="251"/>
        <source>Save or revert your changes first: the rotation writes the new key into the files.</source>
        <translation>Speichern oder verwerfen Sie zuerst Ihre Änderungen: Die Rotation schreibt den neuen Schlüssel in die Dateien.</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="255"/>
        <source>Rotate access key</source>
        <translation>Zugriffsschlüssel rotieren</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="256"/>
        <source>Replace the access key of %1 with a new one?

IAM creates a new key; once AWS accepts it (up to 30 seconds) it is written where the old one is, and the old key is deleted in IAM. Anything else that still uses the old key stops working. If a step fails, the new key is deleted again and nothing changes.</source>
        <translation>Den Zugriffsschlüssel von %1 durch einen neuen ersetzen?

IAM erstellt einen neuen Schlüssel; sobald AWS ihn annimmt (bis zu 30 Sekunden), wird er dort gespeichert, wo der alte steht, und der alte Schlüssel wird in IAM gelöscht. Alles andere, was den alten Schlüssel noch benutzt, funktioniert dann nicht mehr. Schlägt ein Schritt fehl, wird der neue Schlüssel wieder gelöscht und nichts ändert sich.</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="261"/>
        <source>Rotate</source>
        <translation>Rotieren</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="264"/>
        <source>Cancel rotation</source>
        <translation>Rotation abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="265"/>
        <source>Cancel the key rotation</source>
        <translation>Die Schlüsselrotation abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="267"/>
        <source>Rotating the access key…</source>
        <translation>Der Zugriffsschlüssel wird rotiert…</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="277"/>
        <source>R&amp;otate key…</source>
        <translation>Schlüssel r&amp;otieren…</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="278"/>
        <source>Rotate the access key</source>
        <translation>Zugriffsschlüssel rotieren</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="281"/>
        <source>The key of %1 was rotated: %2</source>
        <translation>Der Schlüssel von %1 wurde rotiert: %2</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="282"/>
        <source>The rotation of %1&apos;s key failed: %2</source>
        <translation>Die Rotation des Schlüssels von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="295"/>
        <source>Signing in with aws sso login: confirm in the page it opens in your browser…</source>
        <translation>Anmeldung mit aws sso login: Bestätigen Sie auf der Seite, die sich im Browser öffnet…</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="301"/>
        <source>aws sso login: %1</source>
        <translation>aws sso login: %1</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="308"/>
        <source>The sign-in failed: %1</source>
        <translation>Die Anmeldung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="333"/>
        <source>Signed in to SSO (%1) until %2.</source>
        <translation>Bei SSO (%1) angemeldet bis %2.</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="337"/>
        <source>The SSO sign-in (%1) ended at %2; the AWS CLI renews it by itself.</source>
        <translation>Die SSO-Anmeldung (%1) endete um %2; die AWS CLI erneuert sie selbst.</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="341"/>
        <source>The SSO sign-in (%1) expired at %2: sign in again.</source>
        <translation>Die SSO-Anmeldung (%1) ist um %2 abgelaufen: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="344"/>
        <source>Not signed in to SSO (%1): sign in.</source>
        <translation>Nicht bei SSO (%1) angemeldet: Melden Sie sich an.</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="349"/>
        <source>The SSO sign-in of %1 cannot be read (%2): sign in again.</source>
        <translation>Die SSO-Anmeldung von %1 ist nicht lesbar (%2): Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="376"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="377"/>
        <source>No profile selected</source>
        <translation>Kein Profil gewählt</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="429"/>
        <source>Could not set %1: the profile %2 no longer exists.</source>
        <translation>%1 konnte nicht gesetzt werden: Das Profil %2 gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="493"/>
        <source>Reading the keychain…</source>
        <translation>Lese den Schlüsselbund…</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="505"/>
        <source>[sso-session %1], which this profile names</source>
        <translation>[sso-session %1], die dieses Profil nennt</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePanel.cpp" line="506"/>
        <source>[sso-session %1] does not exist yet: fill it in to create it</source>
        <translation>[sso-session %1] gibt es noch nicht: Füllen Sie sie aus, um sie anzulegen</translation>
    </message>
</context>
<context>
    <name>apm::ProfileSettingsModel</name>
    <message>
        <location filename="../app/core/models/ProfileSettingsModel.cpp" line="92"/>
        <source>Not used: the credentials file sets %1 for this profile too, and the AWS CLI takes the credentials file&apos;s value.</source>
        <translation>Nicht verwendet: Die Credentials-Datei setzt %1 für dieses Profil ebenfalls, und die AWS CLI nimmt den Wert der Credentials-Datei.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileSettingsModel.cpp" line="96"/>
        <source>Inherited from the [DEFAULT] section of %1; editing it gives this profile its own value.</source>
        <translation>Geerbt aus dem Abschnitt [DEFAULT] von %1; wer es bearbeitet, gibt diesem Profil einen eigenen Wert.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileSettingsModel.cpp" line="115"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileSettingsModel.cpp" line="116"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileSettingsModel.cpp" line="117"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileSettingsModel.cpp" line="118"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileSettingsModel.cpp" line="164"/>
        <source>Select a setting to remove.</source>
        <translation>Wählen Sie eine Einstellung zum Entfernen.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileSettingsModel.cpp" line="169"/>
        <source>The config file&apos;s %1 is not used, as the credentials file sets it too. Remove the row of the value in use to remove both, or edit the config file in the Files tab.</source>
        <translation>%1 der Konfigurationsdatei wird nicht verwendet, da die Credentials-Datei es ebenfalls setzt. Entfernen Sie die Zeile des verwendeten Werts, um beide zu entfernen, oder bearbeiten Sie die Konfigurationsdatei im Reiter „Dateien“.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileSettingsModel.cpp" line="173"/>
        <source>%1 comes from the [DEFAULT] section, which every profile shares; remove it there.</source>
        <translation>%1 kommt aus dem Abschnitt [DEFAULT], den alle Profile teilen; entfernen Sie es dort.</translation>
    </message>
</context>
<context>
    <name>apm::ProfileStore</name>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="246"/>
        <source>%1 (on disk)</source>
        <translation>%1 (auf der Platte)</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="246"/>
        <source>%1 (yours)</source>
        <translation>%1 (Ihre Fassung)</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="319"/>
        <source>Edit the text of %1</source>
        <translation>Den Text von %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="332"/>
        <source>%1 is no longer what this step changed; the step was not applied.</source>
        <translation>%1 ist nicht mehr das, was dieser Schritt geändert hat; der Schritt wurde nicht angewendet.</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="656"/>
        <source>%1
The files are left untouched until this is fixed.</source>
        <translation>%1
Die Dateien bleiben unberührt, bis das behoben ist.</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="667"/>
        <source>A name or value cannot contain a line break: the file would not read back the same.</source>
        <translation>Ein Name oder Wert darf keinen Zeilenumbruch enthalten: Die Datei würde nicht gleich zurückgelesen.</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="670"/>
        <source>&quot;%1&quot; cannot be a key: use lower case, without &quot;=&quot;, &quot;:&quot; or surrounding spaces.</source>
        <translation>„%1“ kann kein Schlüssel sein: Verwenden Sie Kleinbuchstaben, ohne „=“, „:“ oder umgebende Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="693"/>
        <location filename="../app/core/config/ProfileStore.cpp" line="732"/>
        <source>Could not set %1: %2</source>
        <translation>%1 konnte nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="695"/>
        <source>Set %1.%2 of %3</source>
        <translation>%1.%2 von %3 setzen</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="695"/>
        <source>Set %1 of %2</source>
        <translation>%1 von %2 setzen</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="707"/>
        <source>&quot;%1&quot; cannot be an sso-session name: avoid brackets, quotes, line breaks and surrounding spaces.</source>
        <translation>„%1“ kann kein sso-session-Name sein: Vermeiden Sie Klammern, Anführungszeichen, Zeilenumbrüche und umgebende Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="711"/>
        <source>&quot;%1&quot; cannot be set: use a lower-case key and a value on one line.</source>
        <translation>„%1“ kann nicht gesetzt werden: Verwenden Sie einen kleingeschriebenen Schlüssel und einen Wert auf einer Zeile.</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="734"/>
        <source>Remove %1 from sso-session %2</source>
        <translation>%1 aus sso-session %2 entfernen</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="735"/>
        <source>Set %1 of sso-session %2</source>
        <translation>%1 von sso-session %2 setzen</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="762"/>
        <location filename="../app/core/config/ProfileStore.cpp" line="775"/>
        <source>The profile %1 has no key %2 of its own.</source>
        <translation>Das Profil %1 hat keinen eigenen Schlüssel %2.</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="763"/>
        <source>Remove %1 from %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="778"/>
        <source>The profile %1 has no setting %2.%3.</source>
        <translation>Das Profil %1 hat keine Einstellung %2.%3.</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="779"/>
        <source>Remove %1.%2 from %3</source>
        <translation>%1.%2 aus %3 entfernen</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="789"/>
        <source>&quot;%1&quot; cannot be a profile name: avoid brackets, quotes, line breaks and surrounding spaces.</source>
        <translation>„%1“ kann kein Profilname sein: Vermeiden Sie Klammern, Anführungszeichen, Zeilenumbrüche und umgebende Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="792"/>
        <source>A profile named %1 already exists.</source>
        <translation>Ein Profil namens %1 gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="802"/>
        <source>New profile %1</source>
        <translation>Neues Profil %1</translation>
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
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="866"/>
        <source>Duplicate %1 as %2</source>
        <translation>%1 als %2 duplizieren</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="903"/>
        <source>%1: lines %2–%3 ([%4])</source>
        <translation>%1: Zeilen %2–%3 ([%4])</translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="921"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>apm::ResolutionJob</name>
    <message>
        <location filename="../app/core/resolve/ResolutionJob.cpp" line="44"/>
        <source>Stopped waiting for %1; the AWS CLI waits for it to finish.</source>
        <translation>Das Warten auf %1 wurde beendet; die AWS CLI wartet, bis es fertig ist.</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ResolutionJob.cpp" line="49"/>
        <source>Stopped waiting for the instance metadata service.</source>
        <translation>Das Warten auf den Instanz-Metadatendienst wurde beendet.</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ResolutionJob.cpp" line="55"/>
        <source>Stopped waiting for the container credentials endpoint.</source>
        <translation>Das Warten auf den Anmeldedaten-Endpunkt des Containers wurde beendet.</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ResolutionJob.cpp" line="93"/>
        <source>running %1</source>
        <translation>%1 läuft</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ResolutionJob.cpp" line="113"/>
        <source>asking the container endpoint</source>
        <translation>der Container-Endpunkt wird gefragt</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ResolutionJob.cpp" line="131"/>
        <source>nothing else sets it, so the AWS CLI asks the instance metadata service</source>
        <translation>nichts anderes setzt es, daher fragt die AWS CLI den Instanz-Metadatendienst</translation>
    </message>
</context>
<context>
    <name>apm::Resolver</name>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="46"/>
        <source>%1 is given</source>
        <translation>%1 ist angegeben</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="47"/>
        <source>%1 is set</source>
        <translation>%1 ist gesetzt</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="48"/>
        <source>the credentials file sets it (%1)</source>
        <translation>die Credentials-Datei setzt es (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="49"/>
        <source>the config file sets it (%1)</source>
        <translation>die Konfigurationsdatei setzt es (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="50"/>
        <source>the %1 provider answers</source>
        <translation>der Provider %1 antwortet</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="51"/>
        <source>the container endpoint answers</source>
        <translation>der Container-Endpunkt antwortet</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="52"/>
        <source>the instance metadata service answers</source>
        <translation>der Instanz-Metadatendienst antwortet</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="53"/>
        <source>nothing sets it, so the AWS CLI&apos;s default applies</source>
        <translation>nichts setzt es, also gilt die Vorgabe der AWS CLI</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="63"/>
        <source>not set anywhere</source>
        <translation>nirgends gesetzt</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="72"/>
        <source>overridden by %1</source>
        <translation>überschrieben von %1</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="76"/>
        <source>; it overrides %1</source>
        <translation>; es überschreibt %1</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="135"/>
        <source>there is no [default] profile</source>
        <translation>es gibt kein Profil [default]</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="143"/>
        <source>, but there is no such profile</source>
        <translation>, aber ein solches Profil gibt es nicht</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="158"/>
        <source>credentials file</source>
        <translation>Credentials-Datei</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="158"/>
        <source>config file</source>
        <translation>Konfigurationsdatei</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="172"/>
        <source>(nested settings)</source>
        <translation>(verschachtelte Einstellungen)</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="177"/>
        <source>default</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="225"/>
        <source>ignored: --profile turns environment credentials off</source>
        <translation>ignoriert: --profile schaltet Umgebungs-Credentials ab</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="248"/>
        <source>would ask %1; not contacted</source>
        <translation>würde %1 fragen; nicht kontaktiert</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="266"/>
        <source>the %1 provider failed: its error is under the findings</source>
        <translation>der Provider %1 ist gescheitert: Sein Fehler steht bei den Befunden</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="268"/>
        <source>from %1, which needs %2</source>
        <translation>aus %1, das %2 braucht</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="270"/>
        <source>the %1 provider answers first in the AWS CLI&apos;s chain</source>
        <translation>der Provider %1 antwortet als erster in der Kette der AWS CLI</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="275"/>
        <source>; the keys live in the OS keychain (aws-profile-manager credential-process)</source>
        <translation>; die Schlüssel liegen im Schlüsselbund des Systems (aws-profile-manager credential-process)</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="277"/>
        <source>; the profile&apos;s own keys are not used (only --profile turns environment credentials off)</source>
        <translation>; die eigenen Schlüssel des Profils werden nicht verwendet (nur --profile schaltet Umgebungs-Credentials ab)</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="281"/>
        <source>not used: %1 answered first</source>
        <translation>nicht verwendet: %1 hat zuerst geantwortet</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="284"/>
        <source>not part of these credentials</source>
        <translation>nicht Teil dieser Credentials</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="285"/>
        <source>no credentials found</source>
        <translation>keine Credentials gefunden</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="316"/>
        <source>AWS_ACCESS_KEY_ID is set, so the credentials of profile %1 are ignored. AWS_PROFILE does not change that; unset the variables or use --profile.</source>
        <translation>AWS_ACCESS_KEY_ID ist gesetzt, daher werden die Credentials des Profils %1 ignoriert. AWS_PROFILE ändert daran nichts; entfernen Sie die Variablen oder verwenden Sie --profile.</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="323"/>
        <source>The credentials come from %1: %2. aws-profile-manager does not contact it.</source>
        <translation>Die Credentials kommen von %1: %2. aws-profile-manager kontaktiert es nicht.</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="332"/>
        <source>%1 can be read by other users (mode %2). Run chmod 600 %1.</source>
        <translation>%1 kann von anderen Benutzern gelesen werden (Modus %2). Führen Sie chmod 600 %1 aus.</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="360"/>
        <source>instance metadata</source>
        <translation>Instanz-Metadaten</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="361"/>
        <source>asked only when nothing else sets the region</source>
        <translation>nur gefragt, wenn nichts anderes die Region setzt</translation>
    </message>
</context>
<context>
    <name>apm::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="24"/>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="30"/>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="35"/>
        <source>Follow the system (light or dark)</source>
        <translation>Dem System folgen (hell oder dunkel)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="36"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="37"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>apm::SsoPopulateDialog</name>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.cpp" line="23"/>
        <location filename="../ui/organisation/SsoPopulateDialog.cpp" line="150"/>
        <source>&amp;List accounts</source>
        <translation>Konten &amp;auflisten</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.cpp" line="25"/>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.cpp" line="79"/>
        <source>The config file has no [sso-session] yet: add one (aws configure sso-session does), sign in with aws sso login, and come back.</source>
        <translation>Die Konfigurationsdatei hat noch kein [sso-session]: Legen Sie eines an (aws configure sso-session erledigt das), melden Sie sich mit aws sso login an und kommen Sie zurück.</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.cpp" line="88"/>
        <source>Signed in. The accounts are listed from %1.</source>
        <translation>Angemeldet. Die Konten werden von %1 abgerufen.</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.cpp" line="107"/>
        <source>Replace hand edits?</source>
        <translation>Handänderungen ersetzen?</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.cpp" line="107"/>
        <source>Replace the block</source>
        <translation>Block ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.cpp" line="125"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.cpp" line="128"/>
        <source>Listing the accounts…</source>
        <translation>Die Konten werden aufgelistet…</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.cpp" line="136"/>
        <source>Listing the accounts: %1 so far…</source>
        <translation>Die Konten werden aufgelistet: bisher %1…</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.cpp" line="141"/>
        <source>%1 of %2 accounts</source>
        <translation>%1 von %2 Konten</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.cpp" line="142"/>
        <source>Listing the roles: %1 of %2 accounts…</source>
        <translation>Die Rollen werden aufgelistet: %1 von %2 Konten…</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.cpp" line="153"/>
        <source>Stopped. Nothing changed.</source>
        <translation>Angehalten. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.cpp" line="172"/>
        <source>%1 accounts, %2 account and role pairs: %3 profiles added, %4 updated, %5 removed, %6 kept.</source>
        <translation>%1 Konten, %2 Paare aus Konto und Rolle: %3 Profile hinzugefügt, %4 aktualisiert, %5 entfernt, %6 behalten.</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.cpp" line="177"/>
        <source>Not written, the name being yours: %1</source>
        <translation>Nicht geschrieben, da der Name Ihnen gehört: %1</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.cpp" line="179"/>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <location filename="../ui/organisation/SsoPopulateDialog.cpp" line="197"/>
        <source>Profiles from SSO session %1</source>
        <translation>Profile aus der SSO-Sitzung %1</translation>
    </message>
</context>
<context>
    <name>apm::SsoSignIn</name>
    <message>
        <location filename="../ui/profile/SsoSignIn.cpp" line="53"/>
        <source>Could not run the AWS CLI (aws): %1. Install it, or sign in from a terminal.</source>
        <translation>Die AWS CLI (aws) konnte nicht ausgeführt werden: %1. Installieren Sie sie, oder melden Sie sich in einem Terminal an.</translation>
    </message>
</context>
<context>
    <name>apm::TrayMenu</name>
    <message numerus="yes">
        <location filename="../ui/TrayMenu.cpp" line="29"/>
        <source>Filter %n profiles…</source>
        <translation>
            <numerusform>%n Profil filtern…</numerusform>
            <numerusform>%n Profile filtern…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TrayMenu.cpp" line="30"/>
        <source>Filter the profiles</source>
        <translation>Profile filtern</translation>
    </message>
    <message>
        <location filename="../ui/TrayMenu.cpp" line="83"/>
        <source>No profile matches</source>
        <translation>Kein Profil passt</translation>
    </message>
    <message>
        <location filename="../ui/TrayMenu.cpp" line="90"/>
        <source>All profiles…</source>
        <translation>Alle Profile…</translation>
    </message>
    <message>
        <location filename="../ui/TrayMenu.cpp" line="91"/>
        <source>No active profile</source>
        <translation>Kein aktives Profil</translation>
    </message>
    <message>
        <location filename="../ui/TrayMenu.cpp" line="92"/>
        <source>Open AWS Profile Manager</source>
        <translation>AWS Profile Manager öffnen</translation>
    </message>
</context>
<context>
    <name>apm::WelcomePane</name>
    <message>
        <location filename="../ui/welcome/WelcomePane.cpp" line="22"/>
        <source>The access key ID and the secret access key go to %1 under [default]; the region and the output format to %2 under [default]. Both files are created readable by you only. Leave a field empty to skip it, as `aws configure` does.</source>
        <translation>Die Zugriffsschlüssel-ID und der geheime Zugriffsschlüssel kommen in %1 unter [default]; die Region und das Ausgabeformat in %2 unter [default]. Beide Dateien werden nur für Sie lesbar angelegt. Lassen Sie ein Feld leer, um es zu überspringen, wie `aws configure` es tut.</translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePane.cpp" line="100"/>
        <source>The default profile is saved in %1 and %2.</source>
        <translation>Das Standardprofil ist in %1 und %2 gespeichert.</translation>
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
        <translation>Aufruf: aws-profile-manager [BEFEHL] [ARGUMENTE] [--profile NAME]

Ohne Befehl öffnet sich das Fenster. Die Befehle antworten wie `aws configure ...` der AWS CLI v2:
  list-profiles              die Profile aus ~/.aws/config und ~/.aws/credentials, in der Reihenfolge der CLI
  get NAME                   ein Wert aus den Dateien (NAME wie bei `aws configure get`)
  set NAME WERT              einen Wert dorthin schreiben, wo `aws configure set` ihn schreibt, Byte für Byte
  list                       Profil, Schlüssel und Region, die die AWS CLI verwenden würde (aws configure list)
  export-credentials [--format process|env|env-no-export|powershell|windows-cmd]
                             die Anmeldedaten, wie aws configure export-credentials sie ausgibt
  explain [--json]           jedes Feld: was jede Quelle anbietet, welche gewinnt und warum
  use PROFIL | --show | --clear    das aktive Profil der Shells, die den Hook laden
      [--user-environment]         (Windows) auch AWS_PROFILE später gestarteter Programme
  shell-init bash|zsh|fish|pwsh    diesen Hook ausgeben, für die rc-Datei Ihrer Shell
  keychain move-in|move-out --profile NAME   die Schlüssel des Profils in den Schlüsselbund des Systems
                             verschieben (und zurück); die AWS CLI arbeitet über credential_process weiter
  credential-process --profile NAME         die Anmeldedaten aus dem Schlüsselbund für die AWS CLI ausgeben
  imds [--json]              den Instanz-Metadatendienst prüfen: der Ablauf und eine Diagnose
                             (Status 0, wenn er Rollen-Anmeldedaten liefert, sonst 1)
  whoami [--json] [--mfa-code CODE]   Konto, ARN und Benutzer-ID der Anmeldedaten, die die AWS CLI
                             verwenden würde (STS GetCallerIdentity, wo die CLI es täte; eine Rolle wird
                             übernommen und für die CLI zwischengespeichert, mit Abfrage des MFA-Codes, falls nötig)
  rotate [--wait SEKUNDEN]   den Zugriffsschlüssel des Profils durch einen neuen ersetzen: IAM legt ihn an,
                             STS muss ihn annehmen (bis zu 30 s), er wird dorthin geschrieben, wo der alte
                             stand, dann wird der alte gelöscht; jeder Fehler unterwegs löscht den neuen wieder
  sso populate --sso-session NAME [--name VORLAGE] [--region REGION] [--dry-run] [--prune] [--force]
                             ein Profil je Konto und Rolle Ihres IAM-Identity-Center-Benutzers, in einem
                             markierten Block der Konfigurationsdatei, den ein erneuter Aufruf aktualisiert;
                             Namen aus VORLAGE mit {account_name} {account_id} {role_name} {sso_session}
                             (Standard {account_name}.{role_name}); --prune entfernt Profile, deren
                             Zuweisung entfallen ist; --force ersetzt einen von Hand bearbeiteten Block
  import DATEI|URL [--block NAME] [--dry-run] [--force]
                             den Profilsatz eines Teams (Profile, sso-sessions, services; keine Schlüssel) in
                             einen markierten Block NAME der Konfigurationsdatei (Standard: der Dateiname);
                             ein erneuter Import ersetzt den Block; Ihre eigenen Profile gewinnen bei Konflikten;
                             URLs: https://, oder http:// zu einer Loopback-Adresse

Optionen:
  --profile NAME             das zu verwendende Profil (sonst AWS_PROFILE, AWS_DEFAULT_PROFILE, default)
  --region NAME, --output FORMAT   Was-wäre-wenn-Optionen für explain und list (--region: auch die
                             Region, die sso populate schreibt)
  --version                  die Version ausgeben
  --help, -h                 diese Hilfe ausgeben (BEFEHL help: dasselbe)
  Die übrigen globalen Optionen der AWS CLI (--debug, --query, --no-cli-pager, --color, ...) werden
  angenommen und ignoriert, wie `aws configure` sie ignoriert; alles andere wird abgelehnt (Status 252).

Dateien: AWS_CONFIG_FILE und AWS_SHARED_CREDENTIALS_FILE, wie bei der AWS CLI.
Exit-Status: 0 Erfolg, 1 `get` fand nichts, 252 falscher Aufruf, 253 keine Anmeldedaten, 254 AWS hat den
Aufruf abgelehnt (whoami, rotate), 255 Fehler.
</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="266"/>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="349"/>
        <source>--wait takes a number of seconds.</source>
        <translation>--wait erwartet eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="357"/>
        <source>sso populate: name the session with --sso-session NAME.</source>
        <translation>sso populate: Nennen Sie die Sitzung mit --sso-session NAME.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="412"/>
        <source>use: name the profile, or say --show or --clear</source>
        <translation>use: Nennen Sie das Profil, oder geben Sie --show oder --clear an</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="413"/>
        <source>use: --show and --clear take no profile</source>
        <translation>use: --show und --clear nehmen kein Profil</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="272"/>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/UserEnvironment.cpp" line="25"/>
        <source>Could not change AWS_PROFILE in your user environment.</source>
        <translation>AWS_PROFILE konnte in Ihrer Benutzerumgebung nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserEnvironment.cpp" line="33"/>
        <source>--user-environment is for Windows only; here, shells follow the active profile through the hook of `aws-profile-manager shell-init`.</source>
        <translation>--user-environment gibt es nur unter Windows; hier folgen die Shells dem aktiven Profil über den Hook von `aws-profile-manager shell-init`.</translation>
    </message>
    <message>
        <location filename="../app/cli/AwsCalls.cpp" line="33"/>
        <source>The MFA code was not accepted: give the code your device shows now (each code works once).</source>
        <translation>Der MFA-Code wurde nicht angenommen: Geben Sie den Code ein, den Ihr Gerät jetzt anzeigt (jeder Code gilt nur einmal).</translation>
    </message>
    <message>
        <location filename="../app/cli/AwsCalls.cpp" line="36"/>
        <source>The secret access key does not belong to this access key ID: check aws_secret_access_key.</source>
        <translation>Der geheime Zugriffsschlüssel gehört nicht zu dieser Zugriffsschlüssel-ID: prüfen Sie aws_secret_access_key.</translation>
    </message>
    <message>
        <location filename="../app/cli/AwsCalls.cpp" line="39"/>
        <source>AWS does not know this access key ID: it was deleted or mistyped; create a new key in IAM.</source>
        <translation>AWS kennt diese Zugriffsschlüssel-ID nicht: Sie wurde gelöscht oder falsch eingegeben; erstellen Sie in IAM einen neuen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../app/cli/AwsCalls.cpp" line="42"/>
        <source>The session token has expired: get new temporary credentials.</source>
        <translation>Das Sitzungstoken ist abgelaufen: Holen Sie sich neue temporäre Anmeldedaten.</translation>
    </message>
    <message>
        <location filename="../app/cli/AwsCalls.cpp" line="44"/>
        <source>These credentials are not allowed this call: check the policies attached to the identity.</source>
        <translation>Diese Anmeldedaten dürfen diesen Aufruf nicht ausführen: Prüfen Sie die Richtlinien der Identität.</translation>
    </message>
    <message>
        <location filename="../app/cli/AwsCalls.cpp" line="47"/>
        <source>The portal did not accept your SSO sign-in (it expired or was revoked): sign in again with `aws sso login`.</source>
        <translation>Das Portal hat Ihre SSO-Anmeldung nicht angenommen (sie ist abgelaufen oder wurde widerrufen): Melden Sie sich mit `aws sso login` erneut an.</translation>
    </message>
    <message>
        <location filename="../app/cli/AwsCalls.cpp" line="52"/>
        <source>AWS is limiting the rate of calls and still refused after the retries: wait a minute and try again, or raise max_attempts.</source>
        <translation>AWS begrenzt die Anzahl der Aufrufe und lehnte auch nach den Wiederholungen ab: Warten Sie eine Minute und versuchen Sie es erneut, oder erhöhen Sie max_attempts.</translation>
    </message>
    <message>
        <location filename="../app/cli/AwsCalls.cpp" line="133"/>
        <source>%1 did not answer in time: check your network or proxy.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet: Prüfen Sie Ihr Netzwerk oder Ihren Proxy.</translation>
    </message>
    <message>
        <location filename="../app/cli/IdentityCommands.cpp" line="123"/>
        <source>The role %1 asks for an MFA code (mfa_serial %2): give it with --mfa-code, or run whoami on a terminal to be asked.</source>
        <translation>Die Rolle %1 verlangt einen MFA-Code (mfa_serial %2): Geben Sie ihn mit --mfa-code an, oder führen Sie whoami in einem Terminal aus, um danach gefragt zu werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/IdentityCommands.cpp" line="156"/>
        <source>The credentials come from %1 (%2). whoami uses them once the AWS CLI has them in its cache: run any aws command with this profile first.</source>
        <translation>Die Anmeldedaten kommen aus %1 (%2). whoami verwendet sie, sobald die AWS CLI sie in ihrem Cache hat: Führen Sie zuerst einen beliebigen aws-Befehl mit diesem Profil aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/AwsCalls.cpp" line="123"/>
        <source>The host name does not resolve: check the endpoint (%1) and your DNS.</source>
        <translation>Der Hostname lässt sich nicht auflösen: Prüfen Sie den Endpunkt (%1) und Ihr DNS.</translation>
    </message>
    <message>
        <location filename="../app/cli/AwsCalls.cpp" line="128"/>
        <source>The server&apos;s certificate was not accepted: check ca_bundle or AWS_CA_BUNDLE, or the certificate of your proxy.</source>
        <translation>Das Zertifikat des Servers wurde nicht akzeptiert: Prüfen Sie ca_bundle oder AWS_CA_BUNDLE oder das Zertifikat Ihres Proxys.</translation>
    </message>
    <message>
        <location filename="../app/cli/AwsCalls.cpp" line="138"/>
        <source>Check your network connection, or the proxy in HTTPS_PROXY.</source>
        <translation>Prüfen Sie Ihre Netzwerkverbindung oder den Proxy in HTTPS_PROXY.</translation>
    </message>
    <message>
        <location filename="../app/cli/IdentityCommands.cpp" line="90"/>
        <source>, temporary: expire %1</source>
        <translation>, temporär: laufen am %1 ab</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="125"/>
        <source>the profile&apos;s key was changed by another program meanwhile</source>
        <translation>der Schlüssel des Profils wurde inzwischen von einem anderen Programm geändert</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="163"/>
        <source>Listing the access keys of this user (IAM ListAccessKeys)…</source>
        <translation>Die Zugriffsschlüssel dieses Benutzers werden aufgelistet (IAM ListAccessKeys)…</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="173"/>
        <source>%1 (%2, created %3)</source>
        <translation>%1 (%2, erstellt %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="179"/>
        <source>IAM allows two access keys per user, and %1 has another one besides %2: %3. Delete the key you no longer use (aws iam delete-access-key --access-key-id KEY), then rotate again.</source>
        <translation>IAM erlaubt zwei Zugriffsschlüssel pro Benutzer, und %1 hat außer %2 noch einen: %3. Löschen Sie den Schlüssel, den Sie nicht mehr benutzen (aws iam delete-access-key --access-key-id KEY), und rotieren Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="185"/>
        <location filename="../app/cli/RotateCommand.cpp" line="206"/>
        <location filename="../app/cli/RotateCommand.cpp" line="312"/>
        <location filename="../app/cli/RotateCommand.cpp" line="320"/>
        <source>Interrupted.</source>
        <translation>Unterbrochen.</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="187"/>
        <source>Creating a new access key (IAM CreateAccessKey)…</source>
        <translation>Ein neuer Zugriffsschlüssel wird erstellt (IAM CreateAccessKey)…</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="196"/>
        <source>IAM&apos;s answer to CreateAccessKey named no key. %1 keeps its key %2; see which keys the user has with aws iam list-access-keys.</source>
        <translation>Die Antwort von IAM auf CreateAccessKey nannte keinen Schlüssel. %1 behält seinen Schlüssel %2; welche Schlüssel der Benutzer hat, zeigt aws iam list-access-keys.</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="201"/>
        <source>IAM&apos;s answer to CreateAccessKey held no secret for the new key.</source>
        <translation>Die Antwort von IAM auf CreateAccessKey enthielt kein Geheimnis für den neuen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="210"/>
        <source>The new key could not be written to %1: %2</source>
        <translation>Der neue Schlüssel konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="212"/>
        <source>Deleting the old access key (IAM DeleteAccessKey)…</source>
        <translation>Der alte Zugriffsschlüssel wird gelöscht (IAM DeleteAccessKey)…</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="216"/>
        <source>The new key %1 is in %2, for %3.</source>
        <translation>Der neue Schlüssel %1 steht in %2, für %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="221"/>
        <source>The old key %1 still exists and still works: delete it with aws iam delete-access-key --access-key-id %1 once nothing uses it.</source>
        <translation>Der alte Schlüssel %1 existiert noch und funktioniert noch: Löschen Sie ihn mit aws iam delete-access-key --access-key-id %1, sobald ihn nichts mehr benutzt.</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="226"/>
        <source>Rotated the access key of %1 (IAM user %2): %3 → %4.</source>
        <translation>Der Zugriffsschlüssel von %1 (IAM-Benutzer %2) wurde rotiert: %3 → %4.</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="228"/>
        <source>The old key is deleted.</source>
        <translation>Der alte Schlüssel ist gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="254"/>
        <source>The keys of %1 come from the [DEFAULT] section, which other profiles share: move them into [%1] first.</source>
        <translation>Die Schlüssel von %1 stammen aus dem Abschnitt [DEFAULT], den andere Profile mitbenutzen: Verschieben Sie sie zuerst nach [%1].</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="270"/>
        <source>The keys of %1 could not be read from the keychain: %2</source>
        <translation>Die Schlüssel von %1 konnten nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="275"/>
        <source>the keychain</source>
        <translation>dem Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="278"/>
        <source>%1 has no access key of its own: it takes its credentials from source_profile %2. Rotate that one: aws-profile-manager rotate --profile %2</source>
        <translation>%1 hat keinen eigenen Zugriffsschlüssel: Es bezieht seine Anmeldedaten aus source_profile %2. Rotieren Sie dessen Schlüssel: aws-profile-manager rotate --profile %2</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="282"/>
        <source>%1 has no access key of its own to rotate (it is %2). Only profiles with aws_access_key_id and aws_secret_access_key, in the files or in the keychain, can be rotated.</source>
        <translation>%1 hat keinen eigenen Zugriffsschlüssel, der rotiert werden könnte (es ist %2). Nur Profile mit aws_access_key_id und aws_secret_access_key, in den Dateien oder im Schlüsselbund, lassen sich rotieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="291"/>
        <source>The keys of %1 are temporary (they have a session token): they expire by themselves and cannot be rotated.</source>
        <translation>Die Schlüssel von %1 sind temporär (sie haben ein Sitzungstoken): Sie laufen von selbst ab und können nicht rotiert werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="303"/>
        <source>Waiting until STS accepts the new key (IAM takes a few seconds to spread it)…</source>
        <translation>Warten, bis STS den neuen Schlüssel annimmt (IAM braucht einige Sekunden, um ihn zu verteilen)…</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="314"/>
        <source>STS did not accept the new key within %1 seconds (%2)</source>
        <translation>STS hat den neuen Schlüssel nicht innerhalb von %1 Sekunden angenommen (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="329"/>
        <source>Nothing changed: %1 keeps its key %2.</source>
        <translation>Nichts wurde geändert: %1 behält seinen Schlüssel %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="337"/>
        <source>Deleting the new key again (IAM DeleteAccessKey)…</source>
        <translation>Der neue Schlüssel wird wieder gelöscht (IAM DeleteAccessKey)…</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="342"/>
        <source>%1 still uses its old key %2, which still works.</source>
        <translation>%1 benutzt weiter seinen alten Schlüssel %2, der weiterhin funktioniert.</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="344"/>
        <source>The new key %1 was deleted again.</source>
        <translation>Der neue Schlüssel %1 wurde wieder gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/cli/RotateCommand.cpp" line="348"/>
        <source>The new key %1 could not be deleted (%2): delete it with aws iam delete-access-key --access-key-id %1.</source>
        <translation>Der neue Schlüssel %1 konnte nicht gelöscht werden (%2): Löschen Sie ihn mit aws iam delete-access-key --access-key-id %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="46"/>
        <source>Listing roles: %1 of %2 accounts</source>
        <translation>Rollen werden aufgelistet: %1 von %2 Konten</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="47"/>
        <source>Listing accounts: %1 so far</source>
        <translation>Konten werden aufgelistet: bisher %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="79"/>
        <source>Nothing to change in %1.
</source>
        <translation>Nichts zu ändern in %1.
</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="86"/>
        <source>Dry run: nothing was written to %1.
</source>
        <translation>Probelauf: In %1 wurde nichts geschrieben.
</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="91"/>
        <source>Wrote %1.
</source>
        <translation>%1 geschrieben.
</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="111"/>
        <location filename="../app/cli/SsoCommands.cpp" line="158"/>
        <source>Run again with --force to replace it.</source>
        <translation>Führen Sie es mit --force erneut aus, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="124"/>
        <source>Nothing was written.
</source>
        <translation>Nichts wurde geschrieben.
</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="135"/>
        <source>sso-session %1: %2 accounts, %3 account and role pairs (%4 requests, %5 throttled and retried)
</source>
        <translation>sso-session %1: %2 Konten, %3 Paare aus Konto und Rolle (%4 Anfragen, %5 gedrosselt und wiederholt)
</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="138"/>
        <source>%1 added, %2 updated, %3 removed, %4 kept
</source>
        <translation>%1 hinzugefügt, %2 aktualisiert, %3 entfernt, %4 behalten
</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="141"/>
        <source>Kept, though their assignment has gone (--prune removes them):</source>
        <translation>Behalten, obwohl ihre Zuweisung weg ist (--prune entfernt sie):</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="142"/>
        <source>Not written, the name being taken (choose another with --name):</source>
        <translation>Nicht geschrieben, da der Name vergeben ist (wählen Sie mit --name einen anderen):</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="143"/>
        <source>Renamed:</source>
        <translation>Umbenannt:</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="144"/>
        <source>Replaced under a new name (the name template changed):</source>
        <translation>Unter neuem Namen ersetzt (die Namensvorlage hat sich geändert):</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="175"/>
        <source>Nothing was imported.</source>
        <translation>Nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="179"/>
        <source>Could not read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="193"/>
        <source>Profile set &quot;%1&quot;: %2 sections imported, %3 left out, %4 dropped since the last import
</source>
        <translation>Profilsatz „%1“: %2 Abschnitte importiert, %3 weggelassen, %4 seit dem letzten Import entfallen
</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="196"/>
        <source>Left out, since you have your own (yours win):</source>
        <translation>Weggelassen, da Sie eigene haben (Ihre haben Vorrang):</translation>
    </message>
    <message>
        <location filename="../app/cli/SsoCommands.cpp" line="197"/>
        <source>No longer in the set, removed:</source>
        <translation>Nicht mehr im Satz, entfernt:</translation>
    </message>
</context>
<context>
    <name>apm::profileset</name>
    <message>
        <location filename="../app/core/resolve/ProfileSetImport.cpp" line="109"/>
        <source>--block: &quot;%1&quot; cannot name a block; use letters, digits and - _ . @ +</source>
        <translation>--block: „%1“ kann keinen Block benennen; verwenden Sie Buchstaben, Ziffern und - _ . @ +</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ProfileSetImport.cpp" line="123"/>
        <source>%1: a profile set is fetched over https:// (plain http:// only from this computer, a loopback address), so that nobody on the way can change it.</source>
        <translation>%1: Ein Profilsatz wird über https:// abgerufen (reines http:// nur von diesem Rechner, einer Loopback-Adresse), damit ihn unterwegs niemand verändern kann.</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ProfileSetImport.cpp" line="128"/>
        <source>%1: give a file&apos;s path or an https:// URL.</source>
        <translation>%1: Geben Sie den Pfad einer Datei oder eine https://-URL an.</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ProfileSetImport.cpp" line="142"/>
        <source>The profile set &quot;%1&quot; (%2, lines %3–%4) was edited by hand since it was imported. Importing again would lose those edits: move what you want to keep outside the block, or confirm the replacement.</source>
        <translation>Der Profilsatz „%1“ (%2, Zeilen %3–%4) wurde seit dem Import von Hand bearbeitet. Ein erneuter Import würde diese Änderungen verlieren: Verschieben Sie, was Sie behalten möchten, aus dem Block heraus, oder bestätigen Sie das Ersetzen.</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ProfileSetImport.cpp" line="172"/>
        <source>(The AWS CLI would refuse the set: nothing was imported.)</source>
        <translation>(Die AWS CLI würde den Satz ablehnen: Nichts wurde importiert.)</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ProfileSetImport.cpp" line="180"/>
        <source>a profile set cannot carry [DEFAULT]: its keys would apply to every profile of yours. Nothing was imported.</source>
        <translation>ein Profilsatz darf kein [DEFAULT] enthalten: Seine Schlüssel würden für jedes Ihrer Profile gelten. Nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ProfileSetImport.cpp" line="186"/>
        <source>%1 holds no profiles: nothing was imported.</source>
        <translation>%1 enthält keine Profile: Nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ProfileSetImport.cpp" line="195"/>
        <source>[%1] is not a profile, an sso-session or a services section, which is all a profile set may hold. Nothing was imported.</source>
        <translation>[%1] ist weder ein Profil noch eine sso-session noch ein services-Abschnitt, und nur diese darf ein Profilsatz enthalten. Nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ProfileSetImport.cpp" line="204"/>
        <source>[%1] carries %2: a profile set is shared, so it holds no keys or tokens. Remove it from the set; nothing was imported.</source>
        <translation>[%1] enthält %2: Ein Profilsatz wird geteilt und enthält daher weder Schlüssel noch Token. Entfernen Sie ihn aus dem Satz; nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ProfileSetImport.cpp" line="242"/>
        <source>%1: yours (%2) is kept, the set&apos;s is left out</source>
        <translation>%1: Ihres (%2) bleibt, das des Satzes wird weggelassen</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ProfileSetImport.cpp" line="265"/>
        <source>with the set in it the file would read as: %1 Nothing was imported.</source>
        <translation>mit dem Satz würde die Datei so gelesen: %1 Nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ProfileSetImport.cpp" line="291"/>
        <source>%1 is larger than 10 MB: not a profile set.</source>
        <translation>%1 ist größer als 10 MB: kein Profilsatz.</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ProfileSetImport.cpp" line="293"/>
        <source>Could not fetch %1: %2</source>
        <translation>%1 kann nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ProfileSetImport.cpp" line="295"/>
        <source>Could not fetch %1: the server answered HTTP %2.</source>
        <translation>%1 kann nicht abgerufen werden: Der Server antwortete mit HTTP %2.</translation>
    </message>
</context>
<context>
    <name>apm::ssopopulate</name>
    <message>
        <location filename="../app/core/resolve/SsoPopulate.cpp" line="167"/>
        <source>--name: {%1} is not a field; use {account_name}, {account_id}, {role_name} and {sso_session}.</source>
        <translation>--name: {%1} ist kein Feld; verwenden Sie {account_name}, {account_id}, {role_name} und {sso_session}.</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/SsoPopulate.cpp" line="174"/>
        <source>--name must tell accounts and roles apart: use {account_name} or {account_id}, and {role_name} (the default is %1).</source>
        <translation>--name muss Konten und Rollen unterscheiden: Verwenden Sie {account_name} oder {account_id} und {role_name} (die Vorgabe ist %1).</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/SsoPopulate.cpp" line="189"/>
        <source>There is no [sso-session %1] in %2. Add it (aws configure sso-session does), sign in with `aws sso login --sso-session %1`, and run this again.</source>
        <translation>In %2 gibt es kein [sso-session %1]. Legen Sie es an (aws configure sso-session erledigt das), melden Sie sich mit `aws sso login --sso-session %1` an und führen Sie dies erneut aus.</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/SsoPopulate.cpp" line="203"/>
        <source>[sso-session %1] has no sso_region: set it to the region of your IAM Identity Center (the region in your start page&apos;s settings).</source>
        <translation>[sso-session %1] hat keine sso_region: Setzen Sie sie auf die Region Ihres IAM Identity Center (die Region in den Einstellungen Ihrer Startseite).</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/SsoPopulate.cpp" line="214"/>
        <source>You are not signed in to the sso-session &quot;%1&quot; (no token at %2): run `%3`, then run this again.</source>
        <translation>Sie sind nicht bei der sso-session „%1“ angemeldet (kein Token unter %2): Führen Sie `%3` aus und danach dies erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/SsoPopulate.cpp" line="221"/>
        <location filename="../app/core/resolve/SsoPopulate.cpp" line="237"/>
        <source>The token cached for the sso-session &quot;%1&quot; (%2) cannot be used: run `%3`, then run this again.</source>
        <translation>Das für die sso-session „%1“ zwischengespeicherte Token (%2) ist nicht verwendbar: Führen Sie `%3` aus und danach dies erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/SsoPopulate.cpp" line="228"/>
        <source>Your sign-in to the sso-session &quot;%1&quot; expired at %2: run `%3`, then run this again.</source>
        <translation>Ihre Anmeldung bei der sso-session „%1“ ist um %2 abgelaufen: Führen Sie `%3` aus und danach dies erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/SsoPopulate.cpp" line="268"/>
        <source>The profiles written for the sso-session &quot;%1&quot; (%2, lines %3–%4) were edited by hand since they were written. Replacing them would lose those edits: move what you want to keep outside the block, or confirm the replacement.</source>
        <translation>Die für die sso-session „%1“ geschriebenen Profile (%2, Zeilen %3–%4) wurden seitdem von Hand bearbeitet. Ein Ersetzen würde diese Änderungen verlieren: Verschieben Sie, was Sie behalten möchten, aus dem Block heraus, oder bestätigen Sie das Ersetzen.</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/SsoPopulate.cpp" line="320"/>
        <source>%1 → %2 (account %3, role %4): %5 assignments would share the name</source>
        <translation>%1 → %2 (Konto %3, Rolle %4): %5 Zuweisungen hätten denselben Namen</translation>
    </message>
    <message>
        <location filename="../app/core/resolve/SsoPopulate.cpp" line="339"/>
        <source>%1 (account %2 %3, role %4): a profile of that name exists outside the block</source>
        <translation>%1 (Konto %2 %3, Rolle %4): Ein Profil dieses Namens gibt es außerhalb des Blocks</translation>
    </message>
</context>
</TS>
