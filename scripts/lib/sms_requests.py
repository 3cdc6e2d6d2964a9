#!/usr/bin/env python3
"""Signed SMS webhook calls for wrk (standard library only).

  sms_requests.py SECRET PHONES COUNT TEXT OUT.lua
      writes a Lua file defining `messages`, COUNT webhook bodies in the gateway app's format (sms:received), each
      with a distinct event id, sent in turn from the comma-separated PHONES with the text TEXT, and their
      X-Timestamp (now) and X-Signature (hex HMAC-SHA256 of body + timestamp keyed with SECRET).
"""
import hashlib
import hmac
import json
import sys
import time
import uuid


def main():
    secret, phones, count, text, out = sys.argv[1], sys.argv[2].split(","), int(sys.argv[3]), sys.argv[4], sys.argv[5]
    timestamp = str(int(time.time()))
    with open(out, "w") as lua:
        lua.write("messages = {\n")
        for index in range(count):
            body = json.dumps({"event": "sms:received", "id": str(uuid.uuid4()), "deviceId": "bench", "webhookId": "bench",
                               "payload": {"messageId": str(index), "message": text.replace("\\n", "\n"),
                                           "phoneNumber": phones[index % len(phones)], "simNumber": 1,
                                           "receivedAt": "2025-10-23T15:00:00.000+07:00"}}, separators=(",", ":"))
            signature = hmac.new(secret.encode(), (body + timestamp).encode(), hashlib.sha256).hexdigest()
            lua.write("{%s,%s,%s},\n" % (json.dumps(body), json.dumps(timestamp), json.dumps(signature)))
        lua.write("}\n")


if __name__ == "__main__":
    main()
