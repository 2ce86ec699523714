#!/usr/bin/env python3
"""One order from upload to Delivered over the HTTP API of a running host, timing each phase.

    order.py BASE_URL MODEL_FILE [--quote-only]  ->  prints one JSON line: the phases' wall seconds and the order number
"""
import json, sys, time, urllib.request, uuid

base, model = sys.argv[1].rstrip("/"), sys.argv[2]
quote_only = "--quote-only" in sys.argv[3:]


def call(method, path, token=None, body=None, raw=None, content_type="application/json"):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    request = urllib.request.Request(base + path, data=data, method=method)
    if data is not None:
        request.add_header("content-type", content_type)
    if token:
        request.add_header("authorization", "Bearer " + token)
    with urllib.request.urlopen(request, timeout=600) as response:
        text = response.read()
        return json.loads(text) if text and response.headers.get_content_type().endswith("json") else text


def login(role):
    return call("POST", "/api/auth/login", body={"email": f"{role.lower()}@demo.amsp.local", "password": f"Demo-{role}-2026"})["accessToken"]


def wait(token, number, leave, limit=600):
    start = time.monotonic()
    while True:
        order = call("GET", f"/api/orders/{number}", token)
        if order["status"] != leave:
            return order
        if time.monotonic() - start > limit:
            sys.exit(f"order {number} stayed {leave} for {limit} s")
        time.sleep(0.05)


customer, inspector, manufacturer = login("Customer"), login("QualityInspector"), login("Manufacturer")
phases = {}
boundary = uuid.uuid4().hex
payload = open(model, "rb").read()
name = model.rsplit("/", 1)[-1]
body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
        "Content-Type: application/octet-stream\r\n\r\n").encode() + payload + f"\r\n--{boundary}--\r\n".encode()
# The clock starts when the request does: reading the file into this script is the client's time, not the platform's.
t0 = time.monotonic()
uploaded = call("POST", "/api/models", customer, raw=body, content_type=f"multipart/form-data; boundary={boundary}")
requirement = call("POST", "/api/requirements", customer, body={
    "title": "Benchmark part", "modelId": uploaded["model"]["id"], "units": "mm", "material": "PLA", "quantity": 1,
    "generalTolerance": "m", "criticalDimensions": [], "certificateLevel": "CertificateOfConformance", "dueDate": "2099-06-30",
    "deliveryAddress": {"street": "Main 1", "postalCode": "10115", "city": "Berlin", "country": "DE"}})
order = call("POST", f"/api/requirements/{requirement['id']}/submit", customer, body={})
number = order["number"]
phases["upload_to_quoted"] = time.monotonic() - t0
if order["status"] != "Quoted":
    sys.exit(f"order {number} is {order['status']}: {order.get('reasons')}")
if quote_only:
    print(json.dumps({"order": number, "upload_to_quoted": round(phases["upload_to_quoted"], 2), "quotes": len(order["quotes"])}))
    sys.exit(0)
t = time.monotonic()
quote = next(q for q in order["quotes"] if q["status"] == "Offered")
call("POST", f"/api/orders/{number}/quotes/{quote['id']}/accept", customer, body={})
order = wait(customer, number, "Printing")
phases["accepted_to_printed"] = time.monotonic() - t
if order["status"] != "Inspecting":
    sys.exit(f"order {number} is {order['status']} after printing: {order.get('reasons')}")
t = time.monotonic()
plan = call("GET", f"/api/orders/{number}/inspections", inspector)[0]["characteristics"]
measurements = [{"characteristic": c["name"], "accepted": True} if c["kind"] == "Visual"
                else {"characteristic": c["name"], "measured": c["nominal"]} for c in plan]
call("POST", f"/api/orders/{number}/inspection", inspector, body={"measurements": measurements})
call("POST", f"/api/orders/{number}/shipment", manufacturer, body={"carrier": "DHL", "trackingNumber": "BENCH1", "packages": 1})
order = call("POST", f"/api/orders/{number}/delivered", manufacturer, body={})
phases["inspected_to_delivered"] = time.monotonic() - t
phases["upload_to_delivered"] = time.monotonic() - t0
assert order["status"] == "Delivered", order["status"]
jobs = call("GET", f"/api/orders/{number}/trace", customer)["printJobs"]
print(json.dumps({"order": number, **{k: round(v, 2) for k, v in phases.items()}, "slicer": jobs[-1]["slicer"],
                  "sliced_estimate_s": jobs[-1]["slicerEstimatedSeconds"]}))
