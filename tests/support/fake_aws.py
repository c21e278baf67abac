# SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""A small STS and IAM on 127.0.0.1 for tests: checks every request's Signature Version 4 with Debian's botocore
and answers GetCallerIdentity and AssumeRole (STS), ListAccessKeys, CreateAccessKey and DeleteAccessKey (IAM) for
the keys it knows. Which of the two a request is for comes from its signature's service.

usage: /usr/bin/python3 fake_aws.py STATE.json [CERT.pem KEY.pem]   (with a certificate: HTTPS)
  STATE: {"AKIA...": {"secret": "...", "account": "...", "arn": "...", "user_id": "...", "token": null or "..."},
          "roles": {ROLE_ARN: {"account": "...", "name": "...", "external_id": null or "...",
                               "mfa_serial": null or "...", "mfa_code": "...", "access_key": "ASIA...",
                               "secret": "...", "token": "..."}},
          "settings": {"new_key_delay": seconds a created key stays unknown (IAM is eventually consistent),
                       "throttle": how many of the first requests are answered "Throttling",
                       "iam_denied": [access keys IAM refuses with AccessDenied]}}
A user's keys are the known long-term keys (no token) whose arn names that user; IAM allows two per user.
AssumeRole answers with the role's keys, which GetCallerIdentity then knows as the assumed role.

A request in a proxy's absolute form (POST http://host/...) is answered too, as if proxied to that host, and
logged as proxied. Prints "port N" once listening; each request is logged to stderr as one JSON line (action, access key, the signed
region and service, the role parameters, the status), secrets and codes left out.
"""
import datetime
import itertools
import json
import ssl
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

KEYS = json.load(open(sys.argv[1]))
ROLES = KEYS.pop('roles', {})
SETTINGS = KEYS.pop('settings', {})
NAMESPACES = {'sts': 'https://sts.amazonaws.com/doc/2011-06-15/', 'iam': 'https://iam.amazonaws.com/doc/2010-05-08/'}
LOCK = threading.Lock()
COUNTER = itertools.count(1)
throttled = 0


def now():
    return datetime.datetime.now(datetime.timezone.utc)


def error(service, code, message, status=403):
    body = (f'<ErrorResponse xmlns="{NAMESPACES.get(service, NAMESPACES["sts"])}"><Error><Type>Sender</Type>'
            f'<Code>{code}</Code><Message>{message}</Message></Error><RequestId>fake-request</RequestId>'
            f'</ErrorResponse>')
    return status, body


def answer(service, action, result):
    namespace = NAMESPACES[service]
    inner = f'<{action}Result>{result}</{action}Result>' if result is not None else ''
    return 200, (f'<{action}Response xmlns="{namespace}">{inner}<ResponseMetadata><RequestId>fake-request'
                 f'</RequestId></ResponseMetadata></{action}Response>')


def verify(handler, body):
    """(status, xml) for a request whose signature botocore does not reproduce, else None and the key's entry."""
    authorization = handler.headers.get('Authorization', '')
    if not authorization.startswith('AWS4-HMAC-SHA256 '):
        return error('sts', 'MissingAuthenticationToken', 'Request is missing Authentication Token'), None, {}
    fields = dict(part.strip().split('=', 1) for part in authorization[len('AWS4-HMAC-SHA256 '):].split(','))
    access_key, date, region, service, _ = fields['Credential'].split('/')
    scope = {'access_key': access_key, 'region': region, 'service': service,
             'proxied': handler.path.startswith('http')}
    entry = KEYS.get(access_key)
    invalid = error(service, 'InvalidClientTokenId', 'The security token included in the request is invalid.')
    if entry is None or entry.get('accepted_at', 0) > time.time():
        return invalid, None, scope
    token = handler.headers.get('X-Amz-Security-Token')
    if entry.get('token') != token:
        return invalid, None, scope
    # A proxy gets the absolute form (POST http://host/path): the signature covers the path alone.
    path = urlsplit(handler.path).path or '/' if handler.path.startswith('http') else handler.path
    request = AWSRequest(method='POST', url=f'http://{handler.headers["Host"]}{path}', data=body)
    for name, value in handler.headers.items():
        if name.lower() in fields['SignedHeaders'].split(';'):
            request.headers[name] = value
    timestamp = handler.headers['X-Amz-Date']
    request.context['timestamp'] = timestamp
    auth = SigV4Auth(Credentials(access_key, entry['secret'], token), service, region)
    expected = auth.signature(auth.string_to_sign(request, auth.canonical_request(request)), request)
    if expected != fields['Signature'] or date != timestamp[:8]:
        return error(service, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the '
                     'signature you provided. Check your AWS Secret Access Key and signing method.'), None, scope
    return None, entry, scope


def assume_role(params):
    role = ROLES.get(params.get('RoleArn'))
    denied = error('sts', 'AccessDenied', f'User is not authorized to perform: sts:AssumeRole on resource: '
                   f'{params.get("RoleArn")}')
    if role is None or role.get('external_id') != params.get('ExternalId'):
        return denied
    if role.get('mfa_serial') is not None:
        if params.get('SerialNumber') != role['mfa_serial'] or params.get('TokenCode') != role['mfa_code']:
            return error('sts', 'AccessDenied', 'MultiFactorAuthentication failed with invalid MFA one time pass '
                         'code.')
    session = params.get('RoleSessionName', '')
    duration = int(params.get('DurationSeconds', '3600'))
    expiration = now() + datetime.timedelta(seconds=duration)
    arn = f'arn:aws:sts::{role["account"]}:assumed-role/{role["name"]}/{session}'
    KEYS[role['access_key']] = {'secret': role['secret'], 'token': role['token'], 'account': role['account'],
                                'arn': arn, 'user_id': f'AROAFAKEROLE:{session}'}
    return answer('sts', 'AssumeRole', (
        f'<AssumedRoleUser><AssumedRoleId>AROAFAKEROLE:{session}</AssumedRoleId><Arn>{arn}</Arn></AssumedRoleUser>'
        f'<Credentials><AccessKeyId>{role["access_key"]}</AccessKeyId>'
        f'<SecretAccessKey>{role["secret"]}</SecretAccessKey><SessionToken>{role["token"]}</SessionToken>'
        f'<Expiration>{expiration.strftime("%Y-%m-%dT%H:%M:%SZ")}</Expiration></Credentials>'))


def sts(action, params, entry):
    if action == 'AssumeRole':
        return assume_role(params)
    if action == 'GetCallerIdentity':
        return answer('sts', action, f'<Arn>{entry["arn"]}</Arn><UserId>{entry["user_id"]}</UserId>'
                                     f'<Account>{entry["account"]}</Account>')
    return error('sts', 'InvalidAction', f'Could not find operation {action}', 400)


def user_keys(entry):
    return [(key, other) for key, other in KEYS.items() if other.get('token') is None and other['arn'] == entry['arn']]


def key_xml(key, other, user):
    return (f'<UserName>{user}</UserName><AccessKeyId>{key}</AccessKeyId><Status>Active</Status>'
            f'<CreateDate>{other.get("created", "2024-01-02T03:04:05Z")}</CreateDate>')


def iam(action, params, entry, access_key):
    if entry.get('token') is not None or ':user/' not in entry['arn']:
        return error('iam', 'ValidationError', 'Must specify userName when calling with non-User credentials', 400)
    if access_key in SETTINGS.get('iam_denied', []):
        return error('iam', 'AccessDenied', f'User: {entry["arn"]} is not authorized to perform: iam:{action} on '
                     f'resource: {entry["arn"]}')
    user = entry['arn'].split(':user/', 1)[1]
    if action == 'ListAccessKeys':
        members = ''.join(f'<member>{key_xml(key, other, user)}</member>' for key, other in user_keys(entry))
        return answer('iam', action, f'<IsTruncated>false</IsTruncated><AccessKeyMetadata>{members}'
                                     f'</AccessKeyMetadata>')
    if action == 'CreateAccessKey':
        if len(user_keys(entry)) >= 2:
            return error('iam', 'LimitExceeded', 'Cannot exceed quota for AccessKeysPerUser: 2', 409)
        number = next(COUNTER)
        key = f'AKIAFAKEROTATED{number:05d}'
        secret = f'fake/Rotated+Secret/{number:04d}'
        created = now().strftime('%Y-%m-%dT%H:%M:%SZ')
        KEYS[key] = {'secret': secret, 'token': None, 'account': entry['account'], 'arn': entry['arn'],
                     'user_id': entry['user_id'], 'created': created,
                     'accepted_at': time.time() + float(SETTINGS.get('new_key_delay', 0))}
        return answer('iam', action, f'<AccessKey>{key_xml(key, KEYS[key], user)}'
                                     f'<SecretAccessKey>{secret}</SecretAccessKey></AccessKey>')
    if action == 'DeleteAccessKey':
        key = params.get('AccessKeyId')
        if key not in dict(user_keys(entry)):
            return error('iam', 'NoSuchEntity', f'The Access Key with id {key} cannot be found.', 404)
        del KEYS[key]
        return answer('iam', action, None)
    return error('iam', 'InvalidAction', f'Could not find operation {action}', 400)


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        global throttled
        body = self.rfile.read(int(self.headers.get('Content-Length', 0)))
        params = {k: v[0] for k, v in parse_qs(body.decode()).items()}
        action = params.get('Action', '')
        with LOCK:
            failure, entry, scope = verify(self, body)
            service = scope.get('service', 'sts')
            if failure is not None:
                status, text = failure
            elif throttled < int(SETTINGS.get('throttle', 0)):
                throttled += 1
                status, text = error(service, 'Throttling', 'Rate exceeded', 400)
            elif service == 'iam':
                status, text = iam(action, params, entry, scope['access_key'])
            else:
                status, text = sts(action, params, entry)
            if action == 'AssumeRole':
                scope.update({'role_arn': params.get('RoleArn'), 'session_name': params.get('RoleSessionName'),
                              'duration': params.get('DurationSeconds'), 'external_id': params.get('ExternalId'),
                              'mfa_serial': params.get('SerialNumber')})
            if action == 'DeleteAccessKey':
                scope['deleted'] = params.get('AccessKeyId')
        print(json.dumps({'action': action, **scope, 'status': status}), file=sys.stderr, flush=True)
        self.send_response(status)
        self.send_header('Content-Type', 'text/xml')
        self.send_header('Content-Length', str(len(text.encode())))
        self.end_headers()
        self.wfile.write(text.encode())

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(('127.0.0.1', 0), Handler)
if len(sys.argv) > 3:
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(sys.argv[2], sys.argv[3])
    server.socket = tls.wrap_socket(server.socket, server_side=True)
print(f'port {server.server_address[1]}', flush=True)
server.serve_forever()
