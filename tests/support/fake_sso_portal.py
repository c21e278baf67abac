# SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""A small IAM Identity Center portal on 127.0.0.1 for tests: the two calls of botocore's `sso` model that list a
user's assignments, GET /assignment/accounts and GET /assignment/roles?account_id=..., with the user's token in the
x-amz-sso_bearer_token header and pages chained through next_token.

usage: /usr/bin/python3 fake_sso_portal.py STATE.json [CERT.pem KEY.pem]   (with a certificate: HTTPS)
  STATE: {"token": the access token it accepts,
          "accounts": [{"accountId": "...", "accountName": "...", "emailAddress": "...", "roles": ["..."]}],
          "settings": {"page_size": the most items a page holds, whatever max_result asks (default 100),
                       "throttle_every": every Nth request is answered 429 TooManyRequestsException (0: none),
                       "error_every": every Nth request is answered 500 (0: none),
                       "delay": seconds each answer takes}}
Errors are answered as the service answers them: the code in the x-amzn-ErrorType header, {"message": ...} in the
body (401 UnauthorizedException for a missing or wrong token, 400 InvalidRequestException for an unknown account).
Prints "port N" once listening; each request is logged to stderr as one JSON line (path, account, next_token,
status, and how many requests were in flight), the token left out.
"""
import itertools
import json
import ssl
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

STATE = json.load(open(sys.argv[1]))
SETTINGS = STATE.get('settings', {})
ACCOUNTS = STATE['accounts']
BY_ID = {a['accountId']: a for a in ACCOUNTS}
LOCK = threading.Lock()
COUNTER = itertools.count(1)
in_flight = 0


def page(items, query):
    """One page of `items` from next_token (an offset), at most max_result and page_size long."""
    start = int(query.get('next_token', ['0'])[0])
    size = min(int(query.get('max_result', ['100'])[0]), SETTINGS.get('page_size', 100))
    chunk = items[start:start + size]
    token = str(start + size) if start + size < len(items) else None
    return chunk, token


class Handler(BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    disable_nagle_algorithm = True  # headers and body go out as two writes: no 40 ms wait for the client's ACK

    def log_message(self, *args):
        pass

    def send(self, status, body, error_type=None):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(data)))
        if error_type:
            self.send_header('x-amzn-ErrorType', error_type)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        global in_flight
        with LOCK:
            in_flight += 1
            concurrent = in_flight
        try:
            self.answer(concurrent)
        finally:
            with LOCK:
                in_flight -= 1

    def answer(self, concurrent):
        number = next(COUNTER)
        url = urlsplit(self.path)
        query = parse_qs(url.query)
        entry = {'path': url.path, 'account': query.get('account_id', [None])[0],
                 'next_token': query.get('next_token', [None])[0], 'in_flight': concurrent, 'time': round(time.time(), 3)}
        time.sleep(SETTINGS.get('delay', 0))
        throttle = SETTINGS.get('throttle_every', 0)
        fail = SETTINGS.get('error_every', 0)
        if self.headers.get('x-amz-sso_bearer_token') != STATE['token']:
            status, body, kind = 401, {'message': 'Session token not found or invalid'}, 'UnauthorizedException'
        elif throttle and number % throttle == 0:
            status, body, kind = 429, {'message': 'Too many requests'}, 'TooManyRequestsException'
        elif fail and number % fail == 0:
            status, body, kind = 500, {'message': 'An internal error occurred'}, 'InternalServerException'
        elif url.path == '/assignment/accounts':
            chunk, token = page(ACCOUNTS, query)
            accounts = [{k: a[k] for k in ('accountId', 'accountName', 'emailAddress')} for a in chunk]
            status, body, kind = 200, {'nextToken': token, 'accountList': accounts}, None
        elif url.path == '/assignment/roles' and entry['account'] in BY_ID:
            roles = [{'roleName': r, 'accountId': entry['account']} for r in BY_ID[entry['account']]['roles']]
            chunk, token = page(roles, query)
            status, body, kind = 200, {'nextToken': token, 'roleList': chunk}, None
        elif url.path == '/assignment/roles':
            status, body, kind = 400, {'message': 'Invalid account id'}, 'InvalidRequestException'
        else:
            status, body, kind = 404, {'message': 'Not found'}, 'ResourceNotFoundException'
        entry['status'] = status
        with LOCK:  # one line at a time, whatever the threads
            sys.stderr.write(json.dumps(entry) + '\n')
            sys.stderr.flush()
        self.send(status, body, kind)


server = ThreadingHTTPServer(('127.0.0.1', 0), Handler)
server.daemon_threads = True
if len(sys.argv) > 3:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(sys.argv[2], sys.argv[3])
    server.socket = context.wrap_socket(server.socket, server_side=True)
print(f'port {server.server_address[1]}', flush=True)
server.serve_forever()
