#!/usr/bin/env python3
"""A small SNMPv1/v2c agent that misbehaves on purpose, for the poller's robustness tests.

It answers GET, GETNEXT and GETBULK over UDP from in-memory tables that describe one printer per
behaviour. The community name of a request selects the behaviour, so one process serves all of
them at once ("loop", "slow", ...); a request with any other community is not answered, as real
agents do. Only the standard library is used and the BER codec is written here, because the point
is to send what a well-behaved SNMP library would refuse to produce.

Behaviours (see BEHAVIOURS at the end for the code):
  healthy        the reference printer: system group, one printer row, one marker, four supplies,
                 three colorants, one alert; everything else builds on it
  nonincreasing  prtMarkerSuppliesLevel: the successor of row 1.2 is row 1.1 again (a buggy agent)
  wrongtypes     prtMarkerLifeCount as OCTET STRING "12345", prtMarkerSuppliesLevel.1.1 as an OID,
                 hrPrinterDetectedErrorState as INTEGER, sysObjectID as OCTET STRING, a 7-octet
                 ifPhysAddress, prtAlertSeverityLevel 99
  hugestrings    a 60000-octet sysDescr; supply descriptions with invalid UTF-8, embedded NULs and
                 control characters, Latin-1 and UTF-8 "Geraet" with an umlaut
  stopsmidwalk   answers the first --stop-after requests of each client socket, then nothing;
                 eight supplies, so the walk cannot have finished by then
  garbage        answers every request with random bytes
  truncated      answers with a correct header and the PDU cut off in the middle
  loop           GETNEXT/GETBULK of an existing instance returns that same instance again
  endless        the supplies table never ends: every row has a successor, and a GETBULK gets at
                 least 150 repetitions whatever it asked for
  toobig         tooBig(1) when a GETBULK asks for more than 10 varbinds (max-repetitions x
                 repeaters) or a GET/GETNEXT carries more than 20 varbinds
  wrongreqid     answers correctly but with another request-id
  slow           answers correctly after --delay-ms (default 1000 ms)

Readiness: once the socket is bound, "READY <port>" is printed on stdout and, with --ready-file,
the port is written to that file (atomically). SIGTERM and SIGINT end the process cleanly. Each
request is logged as one line on stderr so a failing test can show what the agent did.
"""

import argparse
import heapq
import os
import random
import select
import signal
import socket
import sys
import time

# ---------------------------------------------------------------------------------------------
# BER codec (the subset SNMP uses)


class BerError(Exception):
    pass


def enc_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, 'big')
    return bytes([0x80 | len(b)]) + b


def tlv(tag, content):
    return bytes([tag]) + enc_len(len(content)) + content


def enc_int(v):
    bits = v.bit_length() if v >= 0 else (~v).bit_length()
    return v.to_bytes(bits // 8 + 1, 'big', signed=True)


def enc_oid(arcs):
    arcs = tuple(arcs) + (0,) * max(0, 2 - len(arcs))
    out = bytearray()
    for a in (arcs[0] * 40 + arcs[1],) + arcs[2:]:
        chunk = [a & 0x7F]
        a >>= 7
        while a:
            chunk.append(0x80 | (a & 0x7F))
            a >>= 7
        out += bytes(reversed(chunk))
    return bytes(out)


def dec_oid(content):
    arcs, acc = [], 0
    for i, byte in enumerate(content):
        acc = (acc << 7) | (byte & 0x7F)
        if not byte & 0x80:
            arcs.append(acc)
            acc = 0
        elif i == len(content) - 1:
            raise BerError('OID ends inside a sub-identifier')
    if not arcs:
        raise BerError('empty OID')
    first = arcs[0]
    head = (first // 40, first % 40) if first < 80 else (2, first - 80)
    return head + tuple(arcs[1:])


def dec_int(content):
    if not content:
        raise BerError('empty INTEGER')
    return int.from_bytes(content, 'big', signed=True)


def read_tlv(buf, pos):
    """Returns (tag, content, next position); raises BerError on anything that does not fit."""
    if pos + 2 > len(buf):
        raise BerError('short TLV')
    tag, first = buf[pos], buf[pos + 1]
    pos += 2
    if first & 0x80:
        n = first & 0x7F
        if n == 0 or n > 4 or pos + n > len(buf):
            raise BerError('bad length')
        length = int.from_bytes(buf[pos:pos + n], 'big')
        pos += n
    else:
        length = first
    if pos + length > len(buf):
        raise BerError('length beyond the end')
    return tag, buf[pos:pos + length], pos + length


def expect(buf, pos, tag):
    t, content, pos = read_tlv(buf, pos)
    if t != tag:
        raise BerError('tag 0x%02x where 0x%02x was expected' % (t, tag))
    return content, pos


# ---------------------------------------------------------------------------------------------
# SNMP messages

GET, GETNEXT, RESPONSE, SET, GETBULK = 0xA0, 0xA1, 0xA2, 0xA3, 0xA5
PDU_NAMES = {GET: 'GET', GETNEXT: 'GETNEXT', SET: 'SET', GETBULK: 'GETBULK'}
V1, V2C = 0, 1
TOO_BIG, NO_SUCH_NAME = 1, 2


def Int(v):
    return (0x02, enc_int(v))


def Str(v):
    return (0x04, v if isinstance(v, bytes) else v.encode('utf-8'))


def ObjId(text):
    return (0x06, enc_oid(parse_oid(text)))


def Ip(text):
    return (0x40, bytes(int(x) for x in text.split('.')))


def Counter(v):
    return (0x41, enc_int(v))


def Gauge(v):
    return (0x42, enc_int(v))


def Ticks(v):
    return (0x43, enc_int(v))


NULL = (0x05, b'')
NO_SUCH_OBJECT = (0x80, b'')
NO_SUCH_INSTANCE = (0x81, b'')
END_OF_MIB_VIEW = (0x82, b'')


def parse_oid(text):
    return tuple(int(x) for x in text.strip('.').split('.'))


def oid_text(arcs):
    return '.'.join(str(a) for a in arcs)


class Request:
    def __init__(self, data):
        body, _ = expect(data, 0, 0x30)
        version_bytes, pos = expect(body, 0, 0x02)
        self.version = dec_int(version_bytes)
        self.community, pos = expect(body, pos, 0x04)
        self.pdu_type, pdu, _ = read_tlv(body, pos)
        if self.pdu_type not in PDU_NAMES:
            raise BerError('PDU type 0x%02x' % self.pdu_type)
        reqid, p = expect(pdu, 0, 0x02)
        field1, p = expect(pdu, p, 0x02)
        field2, p = expect(pdu, p, 0x02)
        vbl, _ = expect(pdu, p, 0x30)
        self.reqid = dec_int(reqid)
        self.non_repeaters = dec_int(field1)  # error-status outside GETBULK
        self.max_repetitions = dec_int(field2)  # error-index outside GETBULK
        self.oids = []
        p = 0
        while p < len(vbl):
            vb, p = expect(vbl, p, 0x30)
            name, q = expect(vb, 0, 0x06)
            read_tlv(vb, q)  # the value (NULL in a request) must at least be well formed
            self.oids.append(dec_oid(name))

    def describe(self):
        text = 'v%s %s %d varbinds' % ('1' if self.version == V1 else '2c', PDU_NAMES[self.pdu_type],
                                       len(self.oids))
        if self.pdu_type == GETBULK:
            text += ' (n=%d, m=%d)' % (self.non_repeaters, self.max_repetitions)
        return text


def encode_response(version, community, reqid, status, index, varbinds):
    vbl = b''.join(tlv(0x30, tlv(0x06, enc_oid(o)) + tlv(tag, content)) for o, (tag, content) in varbinds)
    pdu = tlv(RESPONSE, tlv(0x02, enc_int(reqid)) + tlv(0x02, enc_int(status)) + tlv(0x02, enc_int(index)) +
              tlv(0x30, vbl))
    return tlv(0x30, tlv(0x02, enc_int(version)) + tlv(0x04, community) + pdu)


class MibTable:
    """Instances sorted by OID; tuples of ints compare exactly as OIDs do (a prefix sorts first)."""

    def __init__(self, entries):
        self.values = dict(entries)
        self.keys = sorted(self.values)

    def get(self, oid):
        return self.values.get(oid)

    def next(self, oid):
        lo, hi = 0, len(self.keys)
        while lo < hi:  # first key strictly greater than oid
            mid = (lo + hi) // 2
            if self.keys[mid] <= oid:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(self.keys):
            return None
        key = self.keys[lo]
        return key, self.values[key]


# ---------------------------------------------------------------------------------------------
# The reference printer

SYS = '1.3.6.1.2.1.1'
IF_PHYS_ADDRESS = '1.3.6.1.2.1.2.2.1.6'
IP_AD_ENT = '1.3.6.1.2.1.4.20.1'
HR_DEVICE = '1.3.6.1.2.1.25.3.2.1'
HR_PRINTER = '1.3.6.1.2.1.25.3.5.1'
PRT_GENERAL_SERIAL = '1.3.6.1.2.1.43.5.1.1.17'
PRT_MARKER = '1.3.6.1.2.1.43.10.2.1'
PRT_SUPPLIES = '1.3.6.1.2.1.43.11.1.1'
PRT_COLORANT_VALUE = '1.3.6.1.2.1.43.12.1.1.4'
PRT_CONSOLE_TEXT = '1.3.6.1.2.1.43.16.5.1.2'
PRT_ALERT = '1.3.6.1.2.1.43.18.1.1'
HR_DEVICE_PRINTER = '1.3.6.1.2.1.25.3.1.5'
# 32473 is the Private Enterprise Number reserved for documentation (RFC 5612): no vendor profile.
SYS_OBJECT_ID = '1.3.6.1.4.1.32473.1.1'

# (description, colorant index, class, type, unit, max, level)
SUPPLIES = [
    ('Black Toner Cartridge PN HT-0001', 1, 3, 3, 19, 100, 80),
    ('Cyan Toner Cartridge PN HT-0002', 2, 3, 3, 19, 100, 45),
    ('Magenta Toner Cartridge PN HT-0003', 3, 3, 3, 19, 100, 5),
    ('Waste Toner Box', 0, 4, 4, 19, 100, 90),
]


def cell(column, *index):
    return parse_oid(column) + tuple(index)


def printer(name, supplies=SUPPLIES):
    t = {
        cell(SYS, 1, 0): Str('Hostile Printer HP-1; firmware 1.0; ' + name),
        cell(SYS, 2, 0): ObjId(SYS_OBJECT_ID),
        cell(SYS, 3, 0): Ticks(123456),
        cell(SYS, 4, 0): Str('ops@example.org'),
        cell(SYS, 5, 0): Str('hostile-' + name),
        cell(SYS, 6, 0): Str('Lab 3'),
        cell(IF_PHYS_ADDRESS, 1): Str(bytes.fromhex('00005e005301')),
        cell(IP_AD_ENT, 2, 127, 0, 0, 1): Int(1),
        cell(IP_AD_ENT, 3, 127, 0, 0, 1): Ip('255.0.0.0'),
        cell(HR_DEVICE, 2, 1): ObjId(HR_DEVICE_PRINTER),
        cell(HR_DEVICE, 3, 1): Str('Hostile Printer HP-1'),
        cell(HR_DEVICE, 5, 1): Int(2),  # running
        cell(HR_PRINTER, 1, 1): Int(3),  # idle
        cell(HR_PRINTER, 2, 1): Str(b'\x00\x00'),
        cell(PRT_GENERAL_SERIAL, 1): Str('HOSTILE-0001'),
        cell(PRT_CONSOLE_TEXT, 1, 1): Str('Ready'),
        cell(PRT_MARKER, 2, 1, 1): Int(4),  # electrophotographicLaser
        cell(PRT_MARKER, 3, 1, 1): Int(7),  # impressions
        cell(PRT_MARKER, 4, 1, 1): Counter(123456),
        cell(PRT_MARKER, 5, 1, 1): Counter(789),
        cell(PRT_COLORANT_VALUE, 1, 1): Str('black'),
        cell(PRT_COLORANT_VALUE, 1, 2): Str('cyan'),
        cell(PRT_COLORANT_VALUE, 1, 3): Str('magenta'),
        cell(PRT_ALERT, 2, 1, 1): Int(4),  # warning
        cell(PRT_ALERT, 3, 1, 1): Int(4),
        cell(PRT_ALERT, 4, 1, 1): Int(11),  # markerSupplies
        cell(PRT_ALERT, 5, 1, 1): Int(3),
        cell(PRT_ALERT, 6, 1, 1): Int(0),
        cell(PRT_ALERT, 7, 1, 1): Int(1104),  # markerTonerAlmostEmpty
        cell(PRT_ALERT, 8, 1, 1): Str('Magenta toner low'),
        cell(PRT_ALERT, 9, 1, 1): Ticks(1000),
    }
    for i, (descr, colorant, cls, typ, unit, maximum, level) in enumerate(supplies, start=1):
        t[cell(PRT_SUPPLIES, 3, 1, i)] = Int(colorant)
        t[cell(PRT_SUPPLIES, 4, 1, i)] = Int(cls)
        t[cell(PRT_SUPPLIES, 5, 1, i)] = Int(typ)
        t[cell(PRT_SUPPLIES, 6, 1, i)] = Str(descr)
        t[cell(PRT_SUPPLIES, 7, 1, i)] = Int(unit)
        t[cell(PRT_SUPPLIES, 8, 1, i)] = Int(maximum)
        t[cell(PRT_SUPPLIES, 9, 1, i)] = Int(level)
    return t


# ---------------------------------------------------------------------------------------------
# Behaviours


class Healthy:
    """Answers like a correct agent; the others override one step of it."""

    max_message = 65000  # octets; a bigger GETBULK answer drops trailing repetitions (RFC 3416 4.2.3)

    def __init__(self, name, options):
        self.name = name
        self.options = options
        self.table = MibTable(self.build())

    def build(self):
        return printer(self.name)

    def next_of(self, oid):
        return self.table.next(oid)

    # Returns a list of (delay in seconds, datagram) to send back; empty: stay silent.
    def handle(self, req, client):
        return [(0.0, self.answer(req))]

    def answer(self, req, reqid=None):
        status, index, varbinds, bulk_split = self.evaluate(req)
        reqid = req.reqid if reqid is None else reqid
        data = encode_response(req.version, req.community, reqid, status, index, varbinds)
        while len(data) > self.max_message:
            if bulk_split is None or len(varbinds) <= bulk_split:
                back = [(o, NULL) for o in req.oids] if req.version == V1 else []
                return encode_response(req.version, req.community, reqid, TOO_BIG, 0, back)
            keep = max(bulk_split, len(varbinds) - max(1, (len(data) - self.max_message) // 16))
            varbinds = varbinds[:keep]
            data = encode_response(req.version, req.community, reqid, status, index, varbinds)
        return data

    def evaluate(self, req):
        """Returns (error-status, error-index, varbinds, number of non-repeater varbinds or None)."""
        if req.pdu_type == GET:
            out = []
            for i, oid in enumerate(req.oids):
                value = self.table.get(oid)
                if value is None:
                    if req.version == V1:
                        return NO_SUCH_NAME, i + 1, [(o, NULL) for o in req.oids], None
                    value = NO_SUCH_INSTANCE
                out.append((oid, value))
            return 0, 0, out, None
        if req.pdu_type == GETNEXT:
            out = []
            for i, oid in enumerate(req.oids):
                found = self.next_of(oid)
                if found is None:
                    if req.version == V1:
                        return NO_SUCH_NAME, i + 1, [(o, NULL) for o in req.oids], None
                    found = (oid, END_OF_MIB_VIEW)
                out.append(found)
            return 0, 0, out, None
        # GETBULK (RFC 3416 4.2.3)
        n = min(max(req.non_repeaters, 0), len(req.oids))
        m = max(req.max_repetitions, 0)
        out = []
        for oid in req.oids[:n]:
            out.append(self.next_of(oid) or (oid, END_OF_MIB_VIEW))
        last = list(req.oids[n:])
        for _ in range(m):
            if not last or len(out) > 5000:
                break
            row, ended = [], 0
            for j, oid in enumerate(last):
                found = self.next_of(oid)
                if found is None:
                    found = (oid, END_OF_MIB_VIEW)
                    ended += 1
                row.append(found)
                last[j] = found[0]
            out += row
            if ended == len(last):
                break
        return 0, 0, out, n


class NonIncreasing(Healthy):
    """prtMarkerSuppliesLevel.1.3 is never served: after .1.2 comes .1.1 again."""

    def next_of(self, oid):
        found = self.table.next(oid)
        if found and found[0] == cell(PRT_SUPPLIES, 9, 1, 3):
            back = cell(PRT_SUPPLIES, 9, 1, 1)
            return back, self.table.get(back)
        return found


class WrongTypes(Healthy):
    def build(self):
        t = printer(self.name)
        t[cell(PRT_MARKER, 4, 1, 1)] = Str('12345')
        t[cell(PRT_SUPPLIES, 9, 1, 1)] = ObjId('1.3.6.1.2.1.43.11.1.1.9.1.1')
        t[cell(HR_PRINTER, 2, 1)] = Int(4)
        t[cell(SYS, 2, 0)] = Str(SYS_OBJECT_ID)
        t[cell(IF_PHYS_ADDRESS, 1)] = Str(bytes.fromhex('00005e00530102'))
        t[cell(PRT_ALERT, 2, 1, 1)] = Int(99)
        return t


def huge_sys_descr():
    """60000 octets: "00000;00001;...;09999;" (the tests rebuild the same text)."""
    return ''.join('%05d;' % i for i in range(10000))


class HugeStrings(Healthy):
    DESCRIPTIONS = [
        b'Black Toner Cartridge PN HT-0001',
        b'\xff\xfeBad\x80\xbf\x00Mid\x01\x1b[31mCtl\x7f\x00\x00',
        b'Ger\xe4t Toner',  # Latin-1
        b'Ger\xc3\xa4t Waste',  # UTF-8
    ]

    def build(self):
        t = printer(self.name)
        t[cell(SYS, 1, 0)] = Str(huge_sys_descr())
        for i, descr in enumerate(self.DESCRIPTIONS, start=1):
            t[cell(PRT_SUPPLIES, 6, 1, i)] = Str(descr)
        return t


class StopsMidWalk(Healthy):
    def build(self):
        supplies = SUPPLIES + [('Spare Supply %d' % i, 0, 3, 3, 19, 100, 50) for i in range(5, 9)]
        return printer(self.name, supplies)

    def handle(self, req, client):
        # Counted per client socket: every poll opens a new session, so each one sees the same story.
        seen = self.options.counts.get((self.name, client), 0)
        self.options.counts[(self.name, client)] = seen + 1
        if seen >= self.options.stop_after:
            return []
        return super().handle(req, client)


class Garbage(Healthy):
    def handle(self, req, client):
        rng = self.options.rng
        return [(0.0, bytes(rng.randrange(256) for _ in range(rng.randrange(8, 200))))]


class Truncated(Healthy):
    def handle(self, req, client):
        data = self.answer(req)
        return [(0.0, data[:max(12, len(data) // 2)])]


class Loop(Healthy):
    """A stuck agent: asked for the successor of an instance it holds, it returns that instance."""

    def next_of(self, oid):
        value = self.table.get(oid)
        if value is not None:
            return oid, value
        return self.table.next(oid)


class Endless(Healthy):
    """Every instance of the supplies table has a successor: row 1.k is followed by row 1.k+1. A
    GETBULK gets at least 150 repetitions whatever it asked for, up to the size limit."""

    def answer(self, req, reqid=None):
        if req.pdu_type == GETBULK:
            req.max_repetitions = max(req.max_repetitions, 150)
        return super().answer(req, reqid)

    def next_of(self, oid):
        base = parse_oid(PRT_SUPPLIES)
        if oid[:len(base)] == base and len(oid) == len(base) + 3 and oid[-2] == 1 and 3 <= oid[-3] <= 9:
            return oid[:-1] + (oid[-1] + 1,), Int(oid[-1] % 100)
        return self.table.next(oid)


class TooBig(Healthy):
    def handle(self, req, client):
        repeaters = len(req.oids) - min(max(req.non_repeaters, 0), len(req.oids))
        if ((req.pdu_type == GETBULK and max(req.max_repetitions, 0) * repeaters > 10) or
                (req.pdu_type != GETBULK and len(req.oids) > 20)):
            back = [(o, NULL) for o in req.oids] if req.version == V1 else []
            return [(0.0, encode_response(req.version, req.community, req.reqid, TOO_BIG, 0, back))]
        return super().handle(req, client)


class WrongReqId(Healthy):
    def handle(self, req, client):
        return [(0.0, self.answer(req, reqid=(req.reqid + 7919) % 0x7FFFFFFF))]


class Slow(Healthy):
    def handle(self, req, client):
        return [(self.options.delay_ms / 1000.0, self.answer(req))]


BEHAVIOURS = {
    'healthy': Healthy,
    'nonincreasing': NonIncreasing,
    'wrongtypes': WrongTypes,
    'hugestrings': HugeStrings,
    'stopsmidwalk': StopsMidWalk,
    'garbage': Garbage,
    'truncated': Truncated,
    'loop': Loop,
    'endless': Endless,
    'toobig': TooBig,
    'wrongreqid': WrongReqId,
    'slow': Slow,
}


# ---------------------------------------------------------------------------------------------
# Serving


def log(text):
    sys.stderr.write('hostile_agent: %s\n' % text)
    sys.stderr.flush()


def write_ready_file(path, port):
    tmp = path + '.tmp'
    with open(tmp, 'w') as f:
        f.write('%d\n' % port)
    os.replace(tmp, path)


def serve(sock, agents):
    pending = []  # (due time, sequence, datagram, client): answers held back (slow)
    sequence = 0
    while True:
        timeout = max(0.0, pending[0][0] - time.monotonic()) if pending else None
        readable, _, _ = select.select([sock], [], [], timeout)
        if readable:
            try:
                data, client = sock.recvfrom(65535)
            except OSError:
                data = None
            if data:
                try:
                    req = Request(data)
                except (BerError, ValueError) as e:
                    log('%s:%d undecodable request dropped (%s)' % (client[0], client[1], e))
                    req = None
                agent = agents.get(req.community.decode('latin-1')) if req else None
                if req and agent is None:
                    log('%s:%d unknown community %r: no answer' % (client[0], client[1], req.community))
                elif req and req.pdu_type == SET:
                    log('%s:%d %s: SET not served' % (client[0], client[1], agent.name))
                elif req and req.version == V1 and req.pdu_type == GETBULK:
                    log('%s:%d %s: GETBULK in SNMPv1 dropped' % (client[0], client[1], agent.name))
                elif req and req.version not in (V1, V2C):
                    log('%s:%d %s: version %d dropped' % (client[0], client[1], agent.name, req.version))
                elif req:
                    asked = req.describe()
                    answers = agent.handle(req, client)
                    log('%s:%d %s: %s %s -> %s' % (
                        client[0], client[1], agent.name, asked,
                        oid_text(req.oids[0]) if req.oids else '-',
                        ', '.join('%d octets after %d ms' % (len(d), delay * 1000) for delay, d in answers)
                        or 'silence'))
                    for delay, datagram in answers:
                        sequence += 1
                        heapq.heappush(pending, (time.monotonic() + delay, sequence, datagram, client))
        now = time.monotonic()
        while pending and pending[0][0] <= now:
            _, _, datagram, client = heapq.heappop(pending)
            try:
                sock.sendto(datagram, client)
            except OSError as e:  # the client may be gone already
                log('%s:%d send failed: %s' % (client[0], client[1], e))


def main():
    parser = argparse.ArgumentParser(description='An SNMPv1/v2c agent that misbehaves on purpose; the community '
                                                 'selects the behaviour.')
    parser.add_argument('--address', default='127.0.0.1')
    parser.add_argument('--port', type=int, default=0, help='UDP port (0: any free one, see READY)')
    parser.add_argument('--behaviour', action='append', choices=sorted(BEHAVIOURS),
                        help='serve this behaviour under its own name as community (repeatable; default: all)')
    parser.add_argument('--stop-after', type=int, default=2,
                        help='stopsmidwalk: requests answered per client socket before going silent')
    parser.add_argument('--delay-ms', type=int, default=1000, help='slow: delay of every answer')
    parser.add_argument('--seed', type=int, default=1, help='garbage: seed of the random answers')
    parser.add_argument('--ready-file', help='write the port to this file once listening')
    parser.add_argument('--list', action='store_true', help='print the behaviours and exit')
    options = parser.parse_args()
    if options.list:
        print('\n'.join(BEHAVIOURS))
        return 0
    if not options.address.startswith('127.'):
        parser.error('this test agent listens on loopback only')

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    signal.signal(signal.SIGINT, lambda *_: sys.exit(0))
    options.counts = {}
    options.rng = random.Random(options.seed)
    names = options.behaviour or list(BEHAVIOURS)
    agents = {name: BEHAVIOURS[name](name, options) for name in names}

    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        sock.bind((options.address, options.port))
    except OSError as e:
        log('cannot bind %s:%d: %s' % (options.address, options.port, e))
        return 3
    port = sock.getsockname()[1]
    log('serving %s on %s:%d' % (', '.join(names), options.address, port))
    if options.ready_file:
        write_ready_file(options.ready_file, port)
    print('READY %d' % port, flush=True)
    serve(sock, agents)
    return 0


if __name__ == '__main__':
    sys.exit(main())
