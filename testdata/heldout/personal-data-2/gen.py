#!/usr/bin/env python3
"""Builds posts.jsonl for the held-out personal-data set (second edition).

Run in this folder: python3 gen.py. Deterministic (fixed seed). Templates are
drafts an electoral institute's communication office or a citizen reply could
contain; {slot} marks are filled with fictitious values, and the slots that
hold personal data become labels with exact byte offsets.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = json.load(open(os.path.join(HERE, "ids.json"), encoding="utf-8"))
R = random.Random(20261204)

NAMES = ["Rosalba Quintero", "Efrén Valenzuela", "Maribel Ochoa", "Joaquín Lugo",
         "Itzel Bojórquez", "Ramiro Encinas", "Guadalupe Moreno Félix", "Aarón Tapia",
         "Yesenia Cota", "Héctor Durazo", "Karla Soqui", "Nicolás Almada",
         "Brenda Esquer", "Teodoro Gámez", "Luz Elena Amavizca", "Irving Coronado",
         "Dulce Yocupicio", "Saúl Moroyoqui", "Araceli Ruelas", "Fermín Villegas"]
FIRST = [n.split()[0] for n in NAMES]
ROLES = ["el capacitador asistente", "la coordinadora de la sede", "el enlace municipal",
         "la supervisora electoral", "el responsable del módulo", "la capacitadora",
         "el presidente de la mesa", "la secretaria técnica del consejo municipal",
         "el auxiliar de bodega", "la encargada de observadores"]
MUNIS = [("Hermosillo", "662"), ("Cajeme", "644"), ("Nogales", "631"),
         ("San Luis Río Colorado", "653"), ("Guaymas", "622"), ("Navojoa", "642"),
         ("Caborca", "637"), ("Agua Prieta", "633"), ("Huatabampo", "647"),
         ("Puerto Peñasco", "638"), ("Álamos", "647"), ("Empalme", "622")]
TWO = ["55", "33", "81"]
STREETS = ["Calle Jesús García", "Av. Serdán", "Calle Yáñez", "Privada Los Álamos",
           "Blvd. Navarrete", "Calle Tamaulipas", "Av. Rosales", "Calle Niños Héroes",
           "Cerrada Palo Verde", "Calle Sufragio Efectivo", "Andador Mezquite",
           "Calle Pino Suárez", "Av. Tecnológico", "Calle Reforma Agraria",
           "Callejón del Sauce", "Calle Guillermo Prieto"]
COLONIAS = ["Col. Pitic", "colonia San Benito", "Fracc. Villa Satélite", "Col. Modelo",
            "fraccionamiento Los Lagos del Río", "Col. Balderrama", "colonia el ranchito",
            "Fracc. Puerta Real Residencial", "Col. Jesús García", "colonia cinco de mayo",
            "Fracc. Casa Blanca", "Col. Las Quintas"]
STATES = ["Sonora", "Son.", "SON", "Sinaloa", "Baja California"]
MAILDOM = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx", "prodigy.net.mx",
           "live.com.mx", "icloud.com"]
MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre"]

pools = {k: list(v) for k, v in IDS.items()}


def take(k):
    return pools[k].pop(0)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def local8():
    """The part after a 3-digit area code: 555 and four digits (fictitious)."""
    return "555", "01" + digits(2)


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def phone(shape=None):
    """A private phone in one of the shapes people write; returns text."""
    muni, lada = R.choice(MUNIS)
    ex, ln = local8()
    shapes = ["sp", "hy", "dot", "run", "br", "br2", "044", "045", "01", "p521", "p521run",
              "52", "52run", "p52br", "two", "twobr", "us", "us2", "pairs", "zw", "fw",
              "sl", "p52"]
    s = shape or R.choice(shapes)
    if s == "sp":
        return f"{lada} {ex} {ln}"
    if s == "hy":
        return f"{lada}-{ex}-{ln}"
    if s == "dot":
        return f"{lada}.{ex}.{ln}"
    if s == "run":
        return f"{lada}{ex}{ln}"
    if s == "br":
        return f"({lada}) {ex}-{ln}"
    if s == "br2":
        return f"({lada}) {ex} {ln[:2]} {ln[2:]}"
    if s == "044":
        return f"044 {lada} {ex} {ln}"
    if s == "045":
        return f"045 ({lada}) {ex}-{ln}"
    if s == "01":
        return f"01 {lada} {ex} {ln}"
    if s == "p521":
        return f"+52 1 {lada} {ex} {ln}"
    if s == "p521run":
        return f"+521{lada}{ex}{ln}"
    if s == "52":
        return f"52 {lada} {ex} {ln}"
    if s == "52run":
        return f"52{lada}{ex}{ln}"
    if s == "p52br":
        return f"+52 ({lada}) {ex} {ln}"
    if s == "p52":
        return f"+52 {lada}{ex}{ln}"
    if s == "two":
        a = R.choice(TWO)
        return f"{a} 5550 {digits(4)}"
    if s == "twobr":
        a = R.choice(TWO)
        return f"({a}) 5550-{digits(4)}"
    if s == "us":
        return f"+1 (520) 555-01{digits(2)}"
    if s == "us2":
        return f"+1 602 555 01{digits(2)}"
    if s == "pairs":
        d = lada + ex + ln
        return " ".join(d[i:i + 2] for i in range(0, 10, 2))
    if s == "zw":
        return f"{lada}\u200b{ex}\u200b{ln}"
    if s == "fw":
        return f"{lada} {ex} {ln}".translate(FW)
    if s == "sl":
        return f"{lada}/{ex}/{ln}"
    raise ValueError(s)


def email():
    f = R.choice(FIRST).lower().replace("é", "e").replace("ó", "o").replace("á", "a").replace("í", "i").replace("ú", "u")
    last = R.choice(["quintero", "valenzuela", "ochoa", "lugo", "cota", "durazo",
                     "almada", "gamez", "coronado", "ruelas", "villegas", "tapia"])
    user = R.choice([f"{f}.{last}", f"{f}_{last}{digits(2)}", f"{f[0]}{last}{digits(2)}",
                     f"{last}.{f}", f"{f}{last}"])
    return user, R.choice(MAILDOM)


def email_plain():
    u, d = email()
    s = f"{u}@{d}"
    return s.upper() if R.random() < 0.15 else s


def email_obf():
    u, d = email()
    host, tld = d.split(".", 1)
    style = R.randrange(6)
    if style == 0:
        return f"{u.replace('.', ' punto ')} arroba {host} punto {tld.replace('.', ' punto ')}"
    if style == 1:
        return f"{u} [at] {host} [dot] {tld.replace('.', ' [dot] ')}"
    if style == 2:
        return f"{u}(arroba){d}"
    if style == 3:
        return f"{u} @ {host} . {tld}"
    if style == 4:
        return f"{u} (at) {host} (dot) {tld.replace('.', ' (dot) ')}"
    return f"{u} ARROBA {host.upper()} PUNTO {tld.upper().replace('.', ' PUNTO ')}"


def address():
    st = R.choice(STREETS)
    num = str(R.randrange(3, 2400))
    col = R.choice(COLONIAS)
    cp = "8" + digits(4)
    muni = R.choice(MUNIS)[0]
    state = R.choice(STATES[:3])
    inte = R.choice(["", f" int. {R.randrange(1, 30)}", f" Int. {R.choice('ABCD')}",
                     f" depto. {R.randrange(1, 12)}", f"-{R.choice('ABC')}"])
    sep = R.choice([", ", ", ", "\n"])
    cpw = R.choice([f"C.P. {cp}", f"c.p. {cp}", f"CP {cp}", f"cp{cp}", f"C. P. {cp}"])
    hashn = R.choice(["", "#", "No. ", "núm. "])
    a = f"{st} {hashn}{num}{inte}{sep}{col}{sep}{cpw}{sep}{muni}, {state}"
    if R.random() < 0.25:
        a = f"{st} {hashn}{num}{inte}, {col}, {muni}"
    case = R.random()
    if case < 0.2:
        a = a.lower()
    elif case < 0.35:
        a = a.upper()
    return a


def bdate_num():
    d, m, y = R.randrange(1, 29), R.randrange(1, 13), R.randrange(1950, 2007)
    f = R.randrange(7)
    if f == 0:
        return f"{d:02d}/{m:02d}/{y}"
    if f == 1:
        return f"{d}-{m}-{y % 100:02d}"
    if f == 2:
        return f"{d:02d}.{m:02d}.{y}"
    if f == 3:
        return f"{y}-{m:02d}-{d:02d}"
    if f == 4:
        return f"{d}/{m}/{y % 100:02d}"
    if f == 5:
        return f"{d:02d}-{m:02d}-{y}"
    return f"{d}.{m}.{y % 100:02d}"


def bdate_written():
    d, m, y = R.randrange(1, 29), R.randrange(12), R.randrange(1950, 2007)
    f = R.randrange(4)
    if f == 0:
        return f"{d} de {MONTHS[m]} de {y}"
    if f == 1:
        return f"{d} de {MONTHS[m].capitalize()} del {y}"
    if f == 2:
        return f"{d}/{MONTHS[m][:3]}/{y}"
    return f"{MONTHS[m]} {d} de {y}"


def passport():
    letter = R.choice("GNEJ")
    return letter + digits(8)


def grouped(s, n=4):
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


def curp(bad=False):
    v = take("curp_bad" if bad else "curp")
    return v.lower() if R.random() < 0.1 else v


def rfc(bad=False):
    v = take("rfc_bad" if bad else "rfc")
    if R.random() < 0.15:
        v = f"{v[:4]}-{v[4:10]}-{v[10:]}"
    return v


def clabe(bad=False):
    v = take("clabe_bad" if bad else "clabe")
    return grouped(v) if R.random() < 0.4 else v


def card(bad=False):
    v = take("card_bad" if bad else "card")
    if len(v) == 15:
        return f"{v[:4]} {v[4:10]} {v[10:]}" if R.random() < 0.5 else v
    return R.choice([grouped(v), v, "-".join(v[i:i + 4] for i in range(0, 16, 4))])


def nss(bad=False):
    v = take("nss_bad" if bad else "nss")
    return R.choice([v, f"{v[:2]}-{v[2:4]}-{v[4:6]}-{v[6:10]}-{v[10]}", f"{v[:4]} {v[4:6]} {v[6:10]} {v[10]}"])


# slot name -> (kind or None, filler)
SLOTS = {
    "P": ("phone", lambda: phone()),
    "E": ("email", email_plain),
    "EO": ("email", email_obf),
    "A": ("address", address),
    "B": ("birthdate", bdate_num),
    "BW": ("birthdate", bdate_written),
    "PA": ("passport", passport),
    "C": ("curp", curp),
    "Cx": ("curp", lambda: curp(True)),
    "R": ("rfc", rfc),
    "Rx": ("rfc", lambda: rfc(True)),
    "CL": ("clabe", clabe),
    "CLx": ("clabe", lambda: clabe(True)),
    "CA": ("card", card),
    "CAx": ("card", lambda: card(True)),
    "N": ("nss", nss),
    "Nx": ("nss", lambda: nss(True)),
    "IC": ("ine-clave", lambda: take("clave")),
    "CIC": ("ine-cic", lambda: digits(9)),
    "OCR": ("ine-ocr", lambda: digits(13)),
    # not personal
    "company": (None, lambda: take("company_rfc")),
    "uclabex": (None, lambda: take("clabe_bad")),
    "ucardx": (None, lambda: take("card_bad")),
    "ucurpx": (None, lambda: take("curp_bad")),
    "name": (None, lambda: R.choice(NAMES)),
    "first": (None, lambda: R.choice(FIRST)),
    "role": (None, lambda: R.choice(ROLES)),
    "muni": (None, lambda: R.choice(MUNIS)[0]),
    "ip": (None, lambda: R.choice(["662 259 4900", "(662) 259-4900", "6622594900",
                                   "+52 662 259 4900", "662-259-49-00", "800 120 4433",
                                   "800-120-4433", "01 800 120 4433", "(800) 120 4433",
                                   "800 1204433"])),
    "ie": (None, lambda: R.choice(["prensa.ieesonora@gmail.com", "contacto@ieesonora.org.mx",
                                   "oficialiaelectoral@ieesonora.org.mx",
                                   "transparencia@ieesonora.org.mx",
                                   "capacitacion@ieesonora.org.mx"])),
    "ia": (None, lambda: R.choice(["Blvd. Luis Donaldo Colosio 35, Col. Centro, Hermosillo, Sonora",
                                   "Blvd. Luis Donaldo Colosio #35, colonia Centro, Hermosillo",
                                   "Blvd. Luis Donaldo Colosio 35, Col. Centro, Hermosillo, Sonora"])),
    "url": (None, lambda: R.choice(["https://www.ieesonora.org.mx", "ieesonora.org.mx/casillas",
                                    "https://ieesonora.org.mx/convocatorias/2027",
                                    "www.ieesonora.org.mx/prep", "https://ubicatucasilla.ine.mx"])),
    "folio": (None, lambda: R.choice([f"IEE/CG/{R.randrange(10, 400)}/2027",
                                      f"IEE/JGE-{R.randrange(1, 99):02d}/2026",
                                      f"CG{R.randrange(10, 300)}/2027",
                                      f"IEE/SE-{R.randrange(100, 999)}/2027",
                                      f"IEE/PSO-{R.randrange(1, 60):02d}/2027"])),
    "sec": (None, lambda: str(R.randrange(1, 1800)).zfill(4)),
    "hh": (None, lambda: R.choice(["8:00", "9:30", "10:00 h", "17:00 horas", "18:00 hrs", "11 am", "4:30 pm"])),
    "date": (None, lambda: R.choice(["6 de junio de 2027", "06/06/2027", "15/01/2027", "2027-03-04",
                                     "20 de febrero", "domingo 6 de junio", "12-05-2027",
                                     "sábado 13 de marzo de 2027"])),
    "money": (None, lambda: R.choice(["$1,250.00", "$ 480", "$12,500 MXN", "$35,000.00", "1,200 pesos"])),
    "votes": (None, lambda: f"{R.randrange(1000, 99999):,}"),
    "tag": (None, lambda: R.choice(["#Elecciones2027", "#VotoInformado2027", "#SonoraVota",
                                    "#CapacitaciónElectoral", "#TuVotoCuenta"])),
    "emo": (None, lambda: R.choice(["", "", " 📲", " ✅", " 🗳️", " 🙌", " 📌", " 👇"])),
    "nl": (None, lambda: R.choice(["\n", "\n\n", " "])),
}

SLOT_RE = re.compile(r"\{(\w+)\}")


def build(tpl):
    out = b""
    labels = []
    pos = 0
    for m in SLOT_RE.finditer(tpl):
        out += tpl[pos:m.start()].encode()
        name = m.group(1)
        if name.startswith("P_"):
            kind, val = "phone", phone(name[2:])
        elif name.startswith("WA"):
            d = phone(R.choice(["run", "run", "sp"])).replace(" ", "")
            num = "52" + ("1" if name == "WA1" else "") + d
            link = R.choice(["https://wa.me/", "wa.me/", "https://api.whatsapp.com/send?phone=",
                             "api.whatsapp.com/send?phone="])
            out += link.encode()
            kind, val = "phone", num
        else:
            kind, fill = SLOTS[name]
            val = fill()
        b = val.encode()
        if kind:
            labels.append({"kind": kind, "start": len(out), "end": len(out) + len(b), "_v": val})
        out += b
        pos = m.end()
    out += tpl[pos:].encode()
    return out.decode(), labels


from templates import POSITIVES, NEGATIVES  # noqa: E402


def main():
    posts = []
    seen = set()
    for tpl, n in POSITIVES + NEGATIVES:
        for _ in range(n):
            # Retry a few times so that no two posts are the same text.
            for _ in range(8):
                t, ls = build(tpl)
                if t not in seen:
                    break
            if t in seen:
                continue
            seen.add(t)
            if (tpl, n) in NEGATIVES:
                assert not ls, tpl
            posts.append((t, ls))
    R.shuffle(posts)
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as f:
        for i, (t, ls) in enumerate(posts):
            tb = t.encode()
            for l in ls:
                assert tb[l["start"]:l["end"]].decode() == l.pop("_v"), (t, l)
            rec = {"id": f"pd2-{i + 1:04d}", "text": t, "reply": ("@" in t[:1]) or t.startswith("Hola"),
                   "labels": ls}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
