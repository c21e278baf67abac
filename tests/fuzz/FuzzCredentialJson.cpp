// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: the two JSON documents that carry credentials from outside, a credential_process's stdout
// and the instance metadata service's credentials document. Properties: no crash; exactly one of credentials or
// error; credentials always have both keys' fields read from the document; the error never quotes a secret.

#include "FuzzProperty.h"
#include "imds/ImdsClient.h"
#include "resolve/CredentialProcess.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const apm::ProcessOutput process = apm::readCredentialProcessOutput(bytes);
    REQUIRE(process.credentials.has_value() != process.error.has_value());
    if (process.credentials) {
        const QString& secret = process.credentials->secretKey;
        REQUIRE(secret.size() < 8 || !process.error.value_or(QString()).contains(secret));
        REQUIRE(process.credentials->method == u"custom-process");
    }
    const apm::MetadataDocument metadata = apm::readMetadataCredentials(bytes);
    REQUIRE(!metadata.credentials || (metadata.isJsonObject && !metadata.missing));
    REQUIRE(metadata.credentials || metadata.missing);
    (void)apm::parseTimestamp(QString::fromUtf8(bytes));
    return 0;
}
