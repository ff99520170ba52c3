"""Makes adaptive sessions for the load run: prints 'session-id first-item' per line.
Usage: sessions.py SESSIONS_URL API_KEY COUNT"""
import json
import sys
import urllib.request
from concurrent.futures import ThreadPoolExecutor

url, key, count = sys.argv[1], sys.argv[2], int(sys.argv[3])


def create(_):
    request = urllib.request.Request(url, data=b"", method="POST",
                                     headers={"Authorization": "Bearer " + key})
    with urllib.request.urlopen(request) as response:
        reply = json.load(response)
    return reply["sessionIdentifier"] + " " + reply["nextItems"]["itemIdentifiers"][0]


with ThreadPoolExecutor(4) as pool:
    for line in pool.map(create, range(count)):
        print(line)
