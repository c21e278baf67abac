# SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""A small STS on 127.0.0.1 for tests: checks every request's Signature Version 4 with Debian's botocore and
answers GetCallerIdentity for the keys it knows.

usage: /usr/bin/python3 fake_sts.py KEYS.json   (KEYS: {"AKIA...": {"secret": "...", "account": "...",
"arn": "...", "user_id": "...", "token": null or "..."}, "roles": {ROLE_ARN: {"account": "...", "name": "...",
"external_id": null or "...", "mfa_serial": null or "...", "mfa_code": "...", "access_key": "ASIA...",
"secret": "...", "token": "..."}}}). AssumeRole answers with the role's keys (which GetCallerIdentity then knows as
the assumed role). Prints "port N" once listening; each request is logged to stderr as one JSON line (action, access
key, the signed region and service, the role parameters, the verdict), secrets and codes left out.
"""
import datetime
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

KEYS = json.load(open(sys.argv[1]))
ROLES = KEYS.pop('roles', {})
NS = 'https://sts.amazonaws.com/doc/2011-06-15/'


def error(code, message, status=403):
    body = (f'<ErrorResponse xmlns="{NS}"><Error><Type>Sender</Type><Code>{code}</Code>'
            f'<Message>{message}</Message></Error><RequestId>fake-request</RequestId></ErrorResponse>')
    return status, body


def verify(handler, body):
    """(status, xml) for a request whose signature botocore does not reproduce, else None and the key's entry."""
    authorization = handler.headers.get('Authorization', '')
    if not authorization.startswith('AWS4-HMAC-SHA256 '):
        return error('MissingAuthenticationToken', 'Request is missing Authentication Token'), None, {}
    fields = dict(part.strip().split('=', 1) for part in authorization[len('AWS4-HMAC-SHA256 '):].split(','))
    access_key, date, region, service, _ = fields['Credential'].split('/')
    scope = {'access_key': access_key, 'region': region, 'service': service}
    entry = KEYS.get(access_key)
    if entry is None:
        return error('InvalidClientTokenId', 'The security token included in the request is invalid.'), None, scope
    token = handler.headers.get('X-Amz-Security-Token')
    if entry.get('token') != token:
        return error('InvalidClientTokenId', 'The security token included in the request is invalid.'), None, scope
    request = AWSRequest(method='POST', url=f'http://{handler.headers["Host"]}{handler.path}', data=body)
    for name, value in handler.headers.items():
        if name.lower() in fields['SignedHeaders'].split(';'):
            request.headers[name] = value
    timestamp = handler.headers['X-Amz-Date']
    request.context['timestamp'] = timestamp
    auth = SigV4Auth(Credentials(access_key, entry['secret'], token), service, region)
    expected = auth.signature(auth.string_to_sign(request, auth.canonical_request(request)), request)
    if expected != fields['Signature'] or date != timestamp[:8]:
        return error('SignatureDoesNotMatch', 'The request signature we calculated does not match the signature '
                     'you provided. Check your AWS Secret Access Key and signing method.'), None, scope
    return None, entry, scope


def assume_role(params):
    role = ROLES.get(params.get('RoleArn'))
    denied = error('AccessDenied', f'User is not authorized to perform: sts:AssumeRole on resource: '
                   f'{params.get("RoleArn")}')
    if role is None or role.get('external_id') != params.get('ExternalId'):
        return denied
    if role.get('mfa_serial') is not None:
        if params.get('SerialNumber') != role['mfa_serial'] or params.get('TokenCode') != role['mfa_code']:
            return error('AccessDenied', 'MultiFactorAuthentication failed with invalid MFA one time pass code.')
    session = params.get('RoleSessionName', '')
    duration = int(params.get('DurationSeconds', '3600'))
    expiration = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=duration))
    arn = f'arn:aws:sts::{role["account"]}:assumed-role/{role["name"]}/{session}'
    KEYS[role['access_key']] = {'secret': role['secret'], 'token': role['token'], 'account': role['account'],
                                'arn': arn, 'user_id': f'AROAFAKEROLE:{session}'}
    body = (f'<AssumeRoleResponse xmlns="{NS}"><AssumeRoleResult><AssumedRoleUser>'
            f'<AssumedRoleId>AROAFAKEROLE:{session}</AssumedRoleId><Arn>{arn}</Arn></AssumedRoleUser>'
            f'<Credentials><AccessKeyId>{role["access_key"]}</AccessKeyId>'
            f'<SecretAccessKey>{role["secret"]}</SecretAccessKey><SessionToken>{role["token"]}</SessionToken>'
            f'<Expiration>{expiration.strftime("%Y-%m-%dT%H:%M:%SZ")}</Expiration></Credentials>'
            f'</AssumeRoleResult><ResponseMetadata><RequestId>fake-request</RequestId></ResponseMetadata>'
            f'</AssumeRoleResponse>')
    return 200, body


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get('Content-Length', 0)))
        params = {k: v[0] for k, v in parse_qs(body.decode()).items()}
        action = params.get('Action', '')
        failure, entry, scope = verify(self, body)
        if failure is not None:
            status, answer = failure
        elif action == 'AssumeRole':
            status, answer = assume_role(params)
            scope.update({'role_arn': params.get('RoleArn'), 'session_name': params.get('RoleSessionName'),
                          'duration': params.get('DurationSeconds'), 'external_id': params.get('ExternalId'),
                          'mfa_serial': params.get('SerialNumber')})
        elif action == 'GetCallerIdentity':
            status = 200
            answer = (f'<GetCallerIdentityResponse xmlns="{NS}"><GetCallerIdentityResult>'
                      f'<Arn>{entry["arn"]}</Arn><UserId>{entry["user_id"]}</UserId>'
                      f'<Account>{entry["account"]}</Account></GetCallerIdentityResult>'
                      f'<ResponseMetadata><RequestId>fake-request</RequestId></ResponseMetadata>'
                      f'</GetCallerIdentityResponse>')
        else:
            status, answer = error('InvalidAction', f'Could not find operation {action}', 400)
        print(json.dumps({'action': action, **scope, 'status': status}), file=sys.stderr, flush=True)
        self.send_response(status)
        self.send_header('Content-Type', 'text/xml')
        self.send_header('Content-Length', str(len(answer.encode())))
        self.end_headers()
        self.wfile.write(answer.encode())

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(('127.0.0.1', 0), Handler)
print(f'port {server.server_address[1]}', flush=True)
server.serve_forever()
