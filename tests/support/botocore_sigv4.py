# SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Signs requests with Debian's botocore (SigV4Auth), for SigV4Test: the expected values.

Reads a JSON list of requests on stdin; each has method, url, headers ([name, value] pairs), body (text),
access_key, secret_key, token (or null), region, service, timestamp (20260102T030405Z). Writes a JSON list with,
for each, the canonical request, the string to sign and the Authorization header botocore makes.
"""
import json
import sys

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

answers = []
for case in json.load(sys.stdin):
    request = AWSRequest(method=case['method'], url=case['url'], data=case['body'].encode('utf-8'))
    for name, value in case['headers']:
        request.headers[name] = value
    credentials = Credentials(case['access_key'], case['secret_key'], case['token'])
    auth = SigV4Auth(credentials, case['service'], case['region'])
    request.context['timestamp'] = case['timestamp']
    # add_auth() without its own clock: the same steps, at the given time.
    auth._modify_request_before_signing(request)
    canonical = auth.canonical_request(request)
    to_sign = auth.string_to_sign(request, canonical)
    auth._inject_signature_to_request(request, auth.signature(to_sign, request))
    answers.append({'canonical_request': canonical, 'string_to_sign': to_sign,
                    'authorization': request.headers['Authorization']})
json.dump(answers, sys.stdout)
