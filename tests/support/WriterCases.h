// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The AWS CLI's ConfigFileWriter, case by case: the file before, the edit (value "V"), the file after.
// IniDocumentTest plays each case through IniDocument; WriterCasesTest through `aws configure set`, so every
// expected file here is what the real CLI writes. A bare section is named "p", which `set --profile p` writes as
// [p] (the CLI's "plugins" substring quirk): that is how `aws configure set` reaches a bare section.

#include <QByteArray>
#include <QList>

namespace apm::test {

struct WriterCase {
    const char* tag;
    QByteArray before;
    const char* section; // "default", "profile NAME" or the bare "p"
    const char* key;
    const char* subKey; // "" for a plain value
    QByteArray after;
};

inline QList<WriterCase> writerCases()
{
    return {
        {"empty file", "", "default", "region", "", "[default]\nregion = V\n"},
        {"replace keeps place, normalises spacing", "[default]\n  region:x\noutput=j\n", "default", "region", "",
         "[default]\nregion = V\noutput=j\n"},
        {"new key after last option", "[default]\na=1\n\n# c\n[b]\n", "default", "region", "",
         "[default]\na=1\nregion = V\n\n# c\n[b]\n"},
        {"off by one at end of file", "[default]\na = 1\n\n\n#c", "default", "c", "",
         "[default]\na = 1\n\nc = V\n\n#c\n"},
        {"comment with = counts as option", "[default]\na=1\n# region = old\n\n[b]\n", "default", "x", "",
         "[default]\na=1\n# region = old\nx = V\n\n[b]\n"},
        {"new section appended without blank line", "[default]\na=1\n", "profile dev", "region", "",
         "[default]\na=1\n[profile dev]\nregion = V\n"},
        {"newline added before new section", "[default]\na=1", "profile dev", "region", "",
         "[default]\na=1\n[profile dev]\nregion = V\n"},
        // `set --profile "my prof"` asks for [profile 'my prof'] (shlex quoting); the writer also takes the two words
        // as [first "rest"], so a header with the quoted name in double quotes matches, and a plain one does not.
        {"two-word header in double quotes matches", "[profile \"'my prof'\"]\na=1\n", "profile 'my prof'", "a", "",
         "[profile \"'my prof'\"]\na = V\n"},
        {"double-quoted name is another section", "[profile \"my prof\"]\na=1\n", "profile 'my prof'", "a", "",
         "[profile \"my prof\"]\na=1\n[profile 'my prof']\na = V\n"},
        {"indented header does not match", "  [default]\na=1\n", "default", "a", "",
         "  [default]\na=1\n[default]\na = V\n"},
        {"commented header does not match", "#[default]\n", "default", "a", "", "#[default]\n[default]\na = V\n"},
        {"case pitfall appends a second key", "[default]\nRegion = x\n", "default", "region", "",
         "[default]\nRegion = x\nregion = V\n"},
        {"new nested key", "[default]\na=1\n", "default", "s3", "max", "[default]\na=1\ns3 =\n    max = V\n"},
        {"nested replace keeps indent", "[default]\ns3 =\n  max = 1\n  other = 2\n", "default", "s3", "max",
         "[default]\ns3 =\n  max = V\n  other = 2\n"},
        {"nested insert before parent indent", "[default]\ns3 =\n  a = 1\nregion = r\n", "default", "s3", "b",
         "[default]\ns3 =\n  a = 1\n    b = V\nregion = r\n"},
        {"nested insert at end of file", "[default]\ns3 =\n  a = 1\n", "default", "s3", "b",
         "[default]\ns3 =\n  a = 1\n    b = V\n"},
        {"nested insert before next section", "[default]\ns3 =\n  a = 1\n[b]\n", "default", "s3", "b",
         "[default]\ns3 =\n  a = 1\n    b = V\n[b]\n"},
        {"CRLF becomes LF when a section is edited", "[default]\r\na=1\r\n[b]\r\nc=2\r\n", "default", "a", "",
         "[default]\na = V\n[b]\nc=2\n"},
        {"CRLF kept when a section is appended", "[default]\r\na=1\r\n", "p", "c", "",
         "[default]\r\na=1\r\n[p]\nc = V\n"},
        {"lone CR then append", "[default]\ra=1\r", "p", "c", "", "[default]\ra=1\r\n[p]\nc = V\n"},
        {"no final newline inside last section", "[default]\na=1\n#c", "default", "b", "",
         "[default]\na=1\n#cb = V\n\n"},
    };
}

} // namespace apm::test
