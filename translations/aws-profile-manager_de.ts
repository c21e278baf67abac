<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="6"/>
        <source>AWS Profile Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="11"/>
        <source>File problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="26"/>
        <source>Filter by name, region or account id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="27"/>
        <source>Filter profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="33"/>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="44"/>
        <source>Views of the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="46"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="52"/>
        <source>Selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="58"/>
        <source>Settings of the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="60"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="61"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="62"/>
        <source>File and line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="74"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="80"/>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="87"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="95"/>
        <source>Active profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="102"/>
        <source>&amp;Reload from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="103"/>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="106"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="107"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="110"/>
        <source>Move keys to the &amp;keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="111"/>
        <source>Take the keys out of the credentials file and keep them in the OS keychain; the AWS CLI gets them through credential_process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="114"/>
        <source>Move keys back to the credentials &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="117"/>
        <source>Make &amp;active in my shells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="120"/>
        <source>&amp;Filter profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="121"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrecedencePanel</name>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="8"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="16"/>
        <source>Precedence table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="24"/>
        <source>What if… (edit to see the table change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="26"/>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="29"/>
        <source>Environment to start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="30"/>
        <source>This program&apos;s environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="31"/>
        <source>Empty environment (env -i)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="36"/>
        <source>Use the selected profile (--profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="40"/>
        <source>--profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="41"/>
        <source>--profile option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="42"/>
        <source>AWS_PROFILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="43"/>
        <source>AWS_PROFILE variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="43"/>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="47"/>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="51"/>
        <source>(unset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="44"/>
        <source>--region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="45"/>
        <source>--region option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="46"/>
        <source>AWS_REGION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="47"/>
        <source>AWS_REGION variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="48"/>
        <source>--output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="49"/>
        <source>--output option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="50"/>
        <source>AWS_ACCESS_KEY_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="51"/>
        <source>AWS_ACCESS_KEY_ID variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.ui" line="52"/>
        <source>Pending sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="51"/>
        <source>AWS Profile Manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apm</name>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="45"/>
        <source>%1 is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="46"/>
        <source>%1 is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="47"/>
        <source>the credentials file sets it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="48"/>
        <source>the config file sets it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="49"/>
        <source>the %1 provider answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="50"/>
        <source>the container endpoint answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="51"/>
        <source>the instance metadata service answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="52"/>
        <source>nothing sets it, so the AWS CLI&apos;s default applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="62"/>
        <source>not set anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="71"/>
        <source>overridden by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="75"/>
        <source>; it overrides %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="29"/>
        <source>The keychain has no item for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="34"/>
        <source>The keychain refused access (%1). If your login keyring is locked, unlock it (for example by logging in to the desktop) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="47"/>
        <source>No D-Bus session bus: the keychain (Secret Service) cannot be reached. This happens in SSH sessions and WSL without a desktop session; start one (dbus-run-session) with gnome-keyring-daemon, or keep these keys in the credentials file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="55"/>
        <source>No Secret Service answers on the session bus (%1). Install and start gnome-keyring or KWallet (with its Secret Service), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="65"/>
        <source>The keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="65"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apm::ActiveProfile</name>
    <message>
        <location filename="../app/core/config/ActiveProfile.cpp" line="42"/>
        <source>A profile name cannot contain a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/ActiveProfile.cpp" line="46"/>
        <source>Could not create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/ActiveProfile.cpp" line="51"/>
        <location filename="../app/core/config/ActiveProfile.cpp" line="54"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/ActiveProfile.cpp" line="61"/>
        <source>Could not remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apm::ConfigFiles</name>
    <message>
        <location filename="../app/core/config/ConfigFiles.cpp" line="105"/>
        <source>No file name: the variable for this file is set but empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/ConfigFiles.cpp" line="110"/>
        <source>%1 was changed by another program since it was loaded. Reload it to see the change, or save again and choose to overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/ConfigFiles.cpp" line="118"/>
        <source>Could not create the folder %1. Check that you may write to its parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/ConfigFiles.cpp" line="127"/>
        <location filename="../app/core/config/ConfigFiles.cpp" line="130"/>
        <source>Could not write %1: %2. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apm::CredentialVault</name>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="70"/>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="145"/>
        <source>The config profile (%1) could not be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="75"/>
        <source>Profile %1 has no access key and secret key of its own in the credentials file: there is nothing to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="79"/>
        <source>Profile %1 already has a credential_process; remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="92"/>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="157"/>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="97"/>
        <source>The keychain did not give back what was written (%1); the files were not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="99"/>
        <source>different content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="122"/>
        <source>The keys are in the keychain, but the files could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="128"/>
        <source>credential_process was added to the config file, but the credentials file could not be saved (%1); the keys are still there too, and the AWS CLI keeps using them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="132"/>
        <source>The files could not be saved (%1); nothing was changed in them. The keychain item for %2 is left in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="136"/>
        <source>The keys of %1 are now in the keychain; the AWS CLI gets them through credential_process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="148"/>
        <source>Profile %1 does not keep its keys in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="161"/>
        <source>The keychain item for %1 is not a credential_process document; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="175"/>
        <source>Could not move the keys of %1 back: %2. The keychain item is left in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="180"/>
        <source>The keys of %1 are back in the credentials file, but the keychain item could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/CredentialVault.cpp" line="183"/>
        <source>The keys of %1 are back in the credentials file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apm::ImdsProbe</name>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="225"/>
        <source>answer larger than %1 KiB, abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="226"/>
        <location filename="../app/core/imds/ImdsClient.cpp" line="426"/>
        <source>read timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="226"/>
        <source>connect timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="301"/>
        <source>The credentials document for role %1 has no %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="368"/>
        <source>%1 s × %2 attempt(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="371"/>
        <source>AWS_EC2_METADATA_DISABLED is true: the AWS CLI does not ask the instance metadata service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="374"/>
        <source>The AWS CLI refuses this setting, and stops: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="377"/>
        <source>Nothing usable answered at %1 (%2). Either this machine is not an EC2 instance (or the endpoint is wrong), or this runs in a container on EC2 whose metadata hop limit is 1, so answers cannot make the extra hop. Check the instance&apos;s MetadataOptions.HttpPutResponseHopLimit (2 for containers), or give the container its own role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="385"/>
        <source>No IMDSv2 token could be had, and IMDSv1 is disabled here (AWS_EC2_METADATA_V1_DISABLED or ec2_metadata_v1_disabled): the AWS CLI gets no instance credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="387"/>
        <source>The instance requires IMDSv2 (401 without a token), and the token request failed. In a container, raise the hop limit to 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="391"/>
        <source>The metadata service rejected the token request (400 Bad Request): the AWS CLI gives up without trying IMDSv1. Check that nothing rewrites the request (a proxy, X-Forwarded-For).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="395"/>
        <source>The instance answers, but has no IAM role (instance profile) attached. Attach one (aws ec2 associate-iam-instance-profile) or use another source of credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="400"/>
        <source>The credentials document for role %1 is not valid JSON (or too large): the AWS CLI ignores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="403"/>
        <source> The AWS CLI ignores such a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="410"/>
        <source>Role %1, access key %2, via IMDS%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="416"/>
        <source>The credentials expired at %1: the AWS CLI keeps using them for a while (static stability), but AWS will refuse them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="419"/>
        <source>They expire at %1 (in %2 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="406"/>
        <location filename="../app/core/imds/ImdsClient.cpp" line="422"/>
        <source>Region from the availability zone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="429"/>
        <source>The token request timed out and IMDSv1 answered: typical of a container whose hop limit is 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apm::ImdsSettings</name>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="113"/>
        <source>%1 is set, but NO_PROXY exempts %2: requests go directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/imds/ImdsClient.cpp" line="117"/>
        <source>Requests go through the proxy %1 (%2). A proxy cannot reach the instance metadata service: add %3 to NO_PROXY.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apm::IniDocument</name>
    <message>
        <location filename="../app/core/ini/IniDocument.cpp" line="194"/>
        <source>the file is not valid UTF-8 text, so the AWS CLI cannot read it either. Save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ini/IniDocument.cpp" line="279"/>
        <source>the section [%1] appears a second time (first at line %2), and the AWS CLI refuses a file with a repeated section. Merge the two into one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ini/IniDocument.cpp" line="293"/>
        <source>the file starts with a byte order mark (BOM), which the AWS CLI does not accept. Save the file as UTF-8 without BOM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ini/IniDocument.cpp" line="295"/>
        <source>this line comes before any [section] header, and the AWS CLI refuses the file. Put it under a section or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ini/IniDocument.cpp" line="303"/>
        <source>this line is neither a [section] header nor a &quot;key = value&quot; setting, and the AWS CLI refuses the file. Add &quot;= value&quot;, make it a comment with #, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ini/IniDocument.cpp" line="314"/>
        <source>this setting has no name before &quot;%1&quot;, and the AWS CLI refuses the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ini/IniDocument.cpp" line="326"/>
        <source>the key &quot;%1&quot; appears twice in this section (key names ignore case), and the AWS CLI refuses the file. Keep one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ini/IniDocument.cpp" line="356"/>
        <source>this indented line under &quot;%1 =&quot; is not &quot;name = value&quot;, and the AWS CLI refuses the file (nested settings take &quot;=&quot; only). Fix the line or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ini/IniDocument.cpp" line="564"/>
        <source>the AWS CLI cannot add &quot;%1.%2&quot; here: the line after &quot;%1 =&quot; is not a setting, and its writer fails on it. Remove the blank or comment line after &quot;%1 =&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ini/IniDocument.cpp" line="579"/>
        <source>the AWS CLI cannot add &quot;%1.%2&quot; when &quot;%1 =&quot; is the last line of the file, and its writer fails on it. Add the sub-setting by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apm::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="55"/>
        <source>Precedence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="76"/>
        <source>Active profile of your shells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="78"/>
        <source>Active in your shells: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="132"/>
        <source>Moving the keys of %1 into the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133"/>
        <source>Moving the keys of %1 back to the credentials file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="165"/>
        <source>No active profile: shells that load the hook unset AWS_PROFILE at their next prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="167"/>
        <source>Shells that load the hook use %1 from their next prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="178"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>All %n profiles…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>No active profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212"/>
        <source>Open AWS Profile Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="216"/>
        <source>AWS Profile Manager: no active profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="217"/>
        <source>AWS Profile Manager: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="224"/>
        <source>This file cannot be read the way the AWS CLI reads it, so it is shown read-only and never written:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="227"/>
        <source>%1 · %2 · %n profile(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="248"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="249"/>
        <source>No profile selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="261"/>
        <source>%1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="263"/>
        <source>Inherited from the [DEFAULT] section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apm::PrecedenceModel</name>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="104"/>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="104"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="105"/>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="128"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="156"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="157"/>
        <source>Used by the AWS CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="158"/>
        <source>--option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="159"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="160"/>
        <source>Credentials file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="161"/>
        <source>Config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="162"/>
        <source>Process / role / SSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/PrecedenceModel.cpp" line="163"/>
        <source>Container / IMDS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apm::PrecedencePanel</name>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.cpp" line="146"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.cpp" line="147"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.cpp" line="148"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.cpp" line="152"/>
        <source>No findings: nothing shadows or breaks this configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/precedence/PrecedencePanel.cpp" line="158"/>
        <source>Asking %1… the table updates when the answer arrives.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apm::Profile</name>
    <message>
        <location filename="../app/core/config/Profile.cpp" line="53"/>
        <source>settings only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/Profile.cpp" line="54"/>
        <source>static keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/Profile.cpp" line="55"/>
        <source>assume role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/Profile.cpp" line="56"/>
        <source>role (credential source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/Profile.cpp" line="57"/>
        <source>web identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/Profile.cpp" line="58"/>
        <source>SSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/Profile.cpp" line="59"/>
        <source>credential process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/Profile.cpp" line="60"/>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apm::ProfileListModel</name>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="81"/>
        <source>Profile %1, %2, active in your shells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="82"/>
        <source>Profile %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="101"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="102"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ProfileListModel.cpp" line="103"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apm::ProfileStore</name>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="191"/>
        <source>%1
The files are left untouched until this is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="201"/>
        <source>A name or value cannot contain a line break: the file would not read back the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="204"/>
        <source>&quot;%1&quot; cannot be a key: use lower case, without &quot;=&quot;, &quot;:&quot; or surrounding spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="226"/>
        <source>Could not set %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="254"/>
        <source>The profile %1 has no key %2 of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="265"/>
        <source>&quot;%1&quot; cannot be a profile name: avoid brackets, quotes, line breaks and surrounding spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="268"/>
        <source>A profile named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/ProfileStore.cpp" line="285"/>
        <location filename="../app/core/config/ProfileStore.cpp" line="302"/>
        <location filename="../app/core/config/ProfileStore.cpp" line="338"/>
        <source>The config profile (%1) could not be found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apm::ResolutionJob</name>
    <message>
        <location filename="../app/core/resolve/ResolutionJob.cpp" line="69"/>
        <source>running %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ResolutionJob.cpp" line="86"/>
        <source>asking the container endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/resolve/ResolutionJob.cpp" line="104"/>
        <source>nothing else sets it, so the AWS CLI asks the instance metadata service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apm::Resolver</name>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="134"/>
        <source>there is no [default] profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="142"/>
        <source>, but there is no such profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="157"/>
        <source>credentials file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="157"/>
        <source>config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="171"/>
        <source>(nested settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="176"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="206"/>
        <source>ignored: --profile turns environment credentials off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="231"/>
        <source>would ask %1; not contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="250"/>
        <source>from %1, which needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="252"/>
        <source>the %1 provider answers first in the AWS CLI&apos;s chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="256"/>
        <source>; the keys live in the OS keychain (aws-profile-manager credential-process)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="258"/>
        <source>; the profile&apos;s own keys are not used (only --profile turns environment credentials off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="262"/>
        <source>not used: %1 answered first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="265"/>
        <source>not part of these credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="265"/>
        <source>no credentials found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="293"/>
        <source>AWS_ACCESS_KEY_ID is set, so the credentials of profile %1 are ignored. AWS_PROFILE does not change that; unset the variables or use --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="299"/>
        <source>The credentials come from %1: %2. aws-profile-manager does not contact it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="308"/>
        <source>%1 can be read by other users (mode %2). Run chmod 600 %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="336"/>
        <source>instance metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/resolve/Resolver.cpp" line="337"/>
        <source>asked only when nothing else sets the region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apm::cli</name>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="25"/>
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
  shell-init bash|zsh|fish|pwsh    print that hook, for your shell&apos;s rc file
  keychain move-in|move-out --profile NAME   move the profile&apos;s keys into the OS keychain (and back);
                             the AWS CLI keeps working through credential_process
  credential-process --profile NAME         print the keychain&apos;s credentials for the AWS CLI
  imds [--json]              probe the instance metadata service: the trace and a diagnosis
                             (status 0 when it gives role credentials, 1 otherwise)

Options:
  --profile NAME             the profile to use (otherwise AWS_PROFILE, AWS_DEFAULT_PROFILE, default)
  --region NAME, --output FORMAT   what-if global options, for explain and list
  --version                  print the version
  --help                     print this help

Files: AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE, as for the AWS CLI.
Exit status: 0 success, 1 `get` found nothing, 252 wrong usage, 255 error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="92"/>
        <source>--format needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="94"/>
        <source>argument --format: invalid choice: &apos;%1&apos; (choose from &apos;process&apos;, &apos;env&apos;, &apos;env-no-export&apos;, &apos;powershell&apos;, &apos;windows-cmd&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="111"/>
        <source>Unknown option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="120"/>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="127"/>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="131"/>
        <source>%1: the following arguments are required: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="133"/>
        <location filename="../app/cli/CommandLine.cpp" line="139"/>
        <source>Unknown options: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="144"/>
        <source>shell-init: name the shell: bash, zsh, fish or pwsh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="159"/>
        <source>keychain: say move-in or move-out, with --profile NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="163"/>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
