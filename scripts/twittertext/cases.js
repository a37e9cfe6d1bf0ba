// Dev-only. Writes lint/testdata/twittertext/cases.jsonl: hand-written
// posts in the style of an electoral institute's social media, edge cases of
// twitter-text's rules, and adversarial cases built from pieces with a fixed
// seed (the output is the same on every run).
// Usage: node cases.js <repo>/lint/testdata/twittertext
'use strict';
const fs = require('fs');
const path = require('path');
const dir = process.argv[2];
if (!dir) throw new Error('usage: node cases.js <testdata dir>');

const hand = [
  // Realistic institutional posts.
  '📢 ¡Participa! Consulta la ubicación de tu casilla en ieesonora.org.mx/prep #Elección2027',
  'El Consejo General del @IEESonora aprobó hoy los lineamientos del #PREP2027. Más información: https://www.ieesonora.org.mx/prep',
  '¿Tienes dudas sobre tu credencial? Escríbenos a correo@ieesonora.org.mx o visita www.ine.mx 🗳️',
  'Recuerda: la jornada electoral es el domingo 6 de junio de 2027, de 8:00 a 18:00 h. #VotoInformado2027 🇲🇽',
  'Sesión extraordinaria del Consejo General, transmisión en vivo: https://youtube.com/live/abc123?si=xyz',
  'Consulta los resultados preliminares (PREP) en prep.ieesonora.org.mx.',
  'Gracias a las 1,234 personas funcionarias de casilla que participaron en el simulacro. 👏🏽👏🏽',
  'Convocatoria para observadoras y observadores electorales: gob.mx/x y ine.mx/observadores',
  'La niña y el niño también opinan: #ConsultaInfantil2027 👧🏻👦🏿',
  'Familias sonorenses 👨‍👩‍👧‍👦 ¡acudan a votar!',
  'Marca 1️⃣ para información, 2️⃣ para quejas y #️⃣ para regresar al menú.',
  'Comunicado: votar.Es un derecho y una obligación ciudadana.',
  'Lee el acuerdo IEE/CG/123/2027 en https://ieesonora.org.mx/documentos/acuerdos/2027/CG-123.pdf.',
  'Síguenos también en @IEESonora y @INEMexico. RT @INEMexico: ¡Ya puedes consultar tu casilla!',
  'Pregunta frecuente: ¿dónde voto? Respuesta: en ubicatucasilla.ine.mx (sección 0123).',
  'Recuerda que el horario de atención es de 9:00 a 15:00 horas, de lunes a viernes. Teléfono 662 259 4900.',
  'Ñandú, pingüino y cigüeña: palabras con ñ y ü en #Español #PingüinoSonorense',
  'Hashtag con número al inicio: #2027Elecciones y solo número: #1 #2027',
  'Hashtag con guion bajo: #_a #Voto_Libre #__',
  'Pegado: a#b y hola#mundo no son etiquetas; (#Entre) paréntesis sí.',
  'Ancho completo: ＃VotaSonora y ＠IEESonora',
  'Etiqueta seguida de otra: #uno#dos y #tres #cuatro',
  'Etiqueta seguida de URL: #web://algo',
  'Mención larga: @abcdefghijklmnopqrstuvwxyz y @a_b_c_d_e_f_g_h_i_j_k',
  'Lista: @IEESonora/consejeros-electorales y @user/1lista',
  'Correo@ieesonora.org.mx no es mención; @correo sí.',
  'Cashtags: $MXN $USD.MX $ab_cd $toolongcash $a1 y precio $100',
  'Puntuación final: https://ine.mx/. (https://ine.mx/voto) «www.ine.mx» "ine.mx"',
  'Wikipedia: https://es.wikipedia.org/wiki/Sonora_(México) y https://es.wikipedia.org/wiki/Test_(a(b)c)',
  'Consulta con query: https://ieesonora.org.mx/busca?q=casilla&seccion=0123#resultados.',
  'Query no ASCII: https://ine.mx/buscar?q=elección',
  'Puerto: http://localhost.mx:8080/prueba y ine.mx:443/x',
  'Mayúsculas: HTTPS://WWW.INE.MX/VOTO y WWW.IEESONORA.ORG.MX',
  'Acortador: https://t.co/AbC123xyz?amp=1 y http://t.co/abc/def',
  'Dominio con guion: consulta-ciudadana.ieesonora.org.mx y -mal.mx y _mal.mx',
  'Subdominio con guion bajo: mi_sub.ieesonora.org.mx/x',
  'Sin TLD válido: archivo.pdf, nombre.apellido, v1.2.3, versión 2.0.',
  'TLD largo: sitio.international y sitio.photography/galeria',
  'Domain idn: café.mx y https://españa.es/info y http://例え.jp',
  'Emoji nuevos: 🫶🏽 🥲 🫠 🧑‍🤝‍🧑 ❤️‍🔥',
  'Banderas: 🇲🇽🇺🇸🇪🇸 y bandera de Inglaterra 🏴󠁧󠁢󠁥󠁮󠁧󠁿',
  'Tonos de piel: 👍🏻👍🏼👍🏽👍🏾👍🏿',
  'Símbolos: © ®️ ™ ©️ ↔️ ↔ ☀ ☀️ ♀️',
  'Puntos suspensivos… y euro €100, guion — raya – y comillas “así”.',
  'Texto en japonés: 選挙 y en coreano: 선거',
  'Tabulador\ty salto de línea\nsegunda línea',
  '',
  '   ',
  'a',
  '#',
  '@',
  'http://',
  'www.',
  '.mx',
  'ine.mx',
  '@IEESonora',
  '#Elección2027',
  '$MXN',
  'Texto con BOM\uFEFF en medio',
  'Texto con U+FFFE \uFFFE aquí',
  'Variación sola \uFE0F y texto ☺\uFE0E ☺',
  'Etiqueta con emoji 🇲🇽#México y #️⃣ y #\uFE0Fx',
  'Mención tras letra: correo@ine y x@IEESonora y _@IEESonora y .@IEESonora',
  'RT@IEESonora y ERT@IEESonora y rt:@IEESonora',
  'Mención seguida de acento: @usuarioá y de URL @user://x',
  'URL con arroba: https://ieesonora.org.mx/@usuario/ y https://mastodon.social/@IEESonora',
  'Dirección remota de Mastodon: @IEESonora@mastodon.social',
  'Números: 6 de junio, 1.5 %, 1,000,000, 08:00, 2027-06-06, 3a, A4',
  'URL precedida: x.ine.mx a/ine.mx a-ine.mx a_ine.mx a.ine.mx $ine.mx #ine.mx @ine.mx',
  'URLs pegadas: ine.mx,ieesonora.org.mx;gob.mx',
  'Paréntesis: (ine.mx) [ine.mx] {ine.mx}',
  'Ruta rara: https://ine.mx/a.b.c/ https://ine.mx/~user/ https://ine.mx/a–b',
  'Emoji pegado a URL: 👉ine.mx 👉https://ine.mx',
  'Punycode: xn--caf-dma.mx y https://xn--espaa-rta.es',
  'TLD en mayúscula mixta: Ine.Mx y votar.Es y sonora.GOB.mx',
  'ieesonora.org.mx/prep',
  'Visita www.ieesonora.org.mx/prep?utm_source=x.',
  'Decomposed NFD: Elecci\u006F\u0301n y ni\u006E\u0303o #Elecci\u006F\u0301n2027',
  'Cirílico: пример.рф и https://пример.рф/путь',
  'Coreano: 삼성.com 한국.한국',
  'Muchos signos !!!??? ¡¡¡ ¿¿¿',
  'Teclado: 0️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣9️⃣🔟 *️⃣',
  'Corazones: ❤ ❤️ 💙 🤍 🖤',
  'Persona con profesión: 👩🏽‍⚖️ 👨‍🏫 🧑‍💻 👮‍♀️',
  'ZWJ sueltos: a\u200Db y 👍\u200D',
  'Paréntesis tras punto: ine.mx/observadores.(PREP) y https://www.facebook.com/IEESonora/,(PREP)',
  'Paréntesis en ruta: https://ine.mx/acuerdo(1).pdf https://ine.mx/x(PREP).(b) https://ine.mx/a_(b(c)d)',
  'Emoji nuevos en cadena: ❤️‍🔥😮‍💨🫱🏻‍🫲🏿🧔‍♀️🏴󠁧󠁢󠁳󠁣󠁴󠁿',
  'Dominio con emoji y ruta: ☀www.ieesonora.org.mx🇲🇽.com/¿ y con comillas: https://🫠x中rtco"Votavermögensberatung↔t.co/',
  'Mayúsculas en TLD con letras no ASCII: a.VERMÖGENSBERATUNG ПРИМЕР.РФ y s larga: vermögenſberatung.vermögenſberatung',
];

// Long posts around the limits.
const long = [];
const base = 'La participación ciudadana fortalece la democracia en Sonora. ';
for (const n of [4, 5]) long.push(base.repeat(n));
long.push('a'.repeat(280));
long.push('a'.repeat(281));
long.push('ñ'.repeat(280));
long.push('選'.repeat(140));
long.push('選'.repeat(141));
long.push('😀'.repeat(140));
long.push('😀'.repeat(141));
long.push('https://ine.mx '.repeat(12));
long.push('https://ine.mx/' + 'a'.repeat(300));
long.push('#' + 'a'.repeat(300));
long.push('@' + 'a'.repeat(40));
// Label and URL length limits (63 after punycode; 4096 with the protocol
// counted as twitter-text counts it).
long.push('a'.repeat(63) + '.mx', 'a'.repeat(64) + '.mx', 'ñ'.repeat(55) + '.mx', 'ñ'.repeat(60) + '.mx');
long.push('https://' + 'a'.repeat(64) + '.mx', 'https://' + 'a'.repeat(63) + '.mx');
long.push('https://ine.mx/' + 'a'.repeat(4088 - 15), 'https://ine.mx/' + 'a'.repeat(4089 - 15));
long.push('ine.mx/' + 'a'.repeat(4088 - 7), 'ine.mx/' + 'a'.repeat(4089 - 7));

// Adversarial combinations with a fixed seed (mulberry32).
let seed = 20270606;
const rnd = (n) => {
  seed = (seed + 0x6D2B79F5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % n;
};
const pieces = ['ine.mx', 'www.ieesonora.org.mx', 'https://', 'http://', 'HTTP://', '/', '.', '..', ',', '(', ')', '((',
  '#', '＃', '@', '＠', '$', 'Vota', 'ñ', 'ü', 'á', 'e\u0301', '2027', '1', '_', '-', '?', '=', '&', ' ', ' ', ' ', '\n',
  '👍🏽', '🇲🇽', '1️⃣', '#️⃣', '👨‍👩‍👧', '❤️', '\uFE0F', '\uFE0E', '\u20E3', '…', '€', '«', '»', '¿', '¡', ':', '//',
  'gob.mx', 'mx', 'com', 'Es', 'org', 'xn--', 'xn--p1ai', 't.co/', 'rt', 'RT', '%', '~', '|', '–', 'пример', '.рф',
  'рф', '選', '\u00A0', '\u200B', '\u200D', '\u200C', "'", '"', '[', ']', '+', '!', '*', 'ab', 'x', 'a', 'Z9', '.com',
  '.co', 'co', 'museum', 'é', 'Ö', '\u0301', '\uFEFF', '\uFFFE', '\u202E', '\u3002', '　', '😀', '🫠', '©', '®', '™',
  '↔', '☀', ':8080', '/path', '?q=1', '#frag', '@user', '#tag', '$MXN', 'vermögensberatung', 'بارت', 'ไทย', '香港',
  '삼성', 'ＡＢ', '\t', '{', '}', '<', '>', '^', '`', '\\', ';', '中'];
const adv = [];
for (let k = 0; k < 400; k++) {
  const n = 1 + rnd(25);
  let s = '';
  for (let j = 0; j < n; j++) s += pieces[rnd(pieces.length)];
  adv.push(s);
}
// Realistic posts: institutional vocabulary, links, hashtags, mentions and
// emoji in random order, a quarter of them decomposed (NFD).
const words = ['la', 'el', 'de', 'participación', 'ciudadana', 'elección', 'votación', 'jornada', 'electoral', 'casilla',
  'credencial', 'Sonora', 'Hermosillo', 'Cajeme', 'Navojoa', 'consejería', 'niña', 'niño', 'año', 'señal', 'pingüino',
  'cigüeña', 'información', 'acción', '¿dónde', 'votar?', '¡participa!', 'mañana', 'México', 'sí', 'también', 'más',
  'después', 'ÚLTIMO', 'DÍA', 'IEE', 'INE', 'PREP', 'consulta', 'resultados', 'preliminares', 'sección', 'distrito',
  'observadores', 'funcionarias', 'capacitación', 'Ñ', 'ñandú', 'güero', 'acuerdo', 'CG/123/2027', '8:00', '18:00', '6',
  'junio', '2027', '1,234', '3.5%', '$100', 'no.', 'h.', '(PREP)', '«votar»', '“así”', '—', '–', '…', '€', '¿', '¡', '!',
  '?', '.', ',', ';', ':'];
const links = ['ieesonora.org.mx', 'ieesonora.org.mx/prep', 'www.ine.mx', 'ine.mx', 'gob.mx/x', 'https://www.ieesonora.org.mx/prep',
  'http://ine.mx/voto', 'https://ine.mx/buscar?q=casilla&s=1', 'https://es.wikipedia.org/wiki/Sonora_(México)', 'votar.Es',
  'prep.ieesonora.org.mx/resultados/2027', 'https://t.co/AbC123', 'bit.ly/3xYz', 'https://youtube.com/watch?v=abc_123',
  'www.te.gob.mx/', 'ubicatucasilla.ine.mx', 'https://ine.mx/elección', 'ine.mx/observadores.',
  'https://ieesonora.org.mx/docs/acuerdo(1).pdf', 'IEESonora.org.mx', 'https://www.facebook.com/IEESonora/',
  'instagram.com/ieesonora', 'https://mastodon.social/@IEESonora', 'café.mx', 'https://ine.mx:8443/x', 'ine.mx?x=1',
  'correo@ieesonora.org.mx', 'contacto.prep@ine.mx'];
const tags = ['#Elección2027', '#VotoInformado', '#PREP2027', '#Sonora', '#Participa', '#1', '#2027', '#_a', '#ÚltimoDía',
  '#Niñez', '#Pingüino', '＃VotaSonora', '#Vota#Ya', '#México🇲🇽', '#ElecciónSonora2027.'];
const ments = ['@IEESonora', '@INEMexico', '@TEPJF_informa', '＠IEESonora', '@abcdefghijklmnopqrstuvwxyz', '@IEESonora/consejo',
  'RT @INEMexico:', '.@IEESonora', '@IEESonora@mastodon.social'];
const emoji = ['📢', '🗳️', '🇲🇽', '🇪🇸', '👍', '👍🏽', '👍🏿', '👏🏻', '👨‍👩‍👧‍👦', '👩‍⚖️', '👮‍♀️', '🧑‍💻', '❤️', '❤', '💙', '1️⃣',
  '2️⃣', '#️⃣', '*️⃣', '🔟', '✅', '✔️', '☀️', '⚠️', '📅', '📍', '🕗', '🥲', '🫠', '🫶🏽', '🧑‍🤝‍🧑', '❤️‍🔥', '😮‍💨', '🫱🏻‍🫲🏿',
  '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '©️', '®', '™️', '↔️', '🤝', '👇', '👉🏼', '🙌🏾', '✨', '🎉', '🟢', '🟥', '🪪', '🧾'];
const pick = (a) => a[rnd(a.length)];
const real = [];
for (let k = 0; k < 300; k++) {
  const n = 5 + rnd(45);
  let s = '';
  for (let j = 0; j < n; j++) {
    const c = rnd(20);
    let p;
    if (c < 12) p = pick(words);
    else if (c < 14) p = pick(links) + (rnd(3) === 0 ? pick(['.', ',', ')', '!', '»', '…', ',(PREP)', '.(PREP)']) : '');
    else if (c < 16) p = pick(tags);
    else if (c < 17) p = pick(ments);
    else p = pick(emoji) + (rnd(3) === 0 ? pick(emoji) : '');
    s += p + (rnd(8) === 0 ? (rnd(2) ? '\n' : '') : ' ');
  }
  s = s.trim();
  real.push(rnd(4) === 0 ? s.normalize('NFD') : s);
}

// URLs in odd company: random characters before and after hosts, schemes
// and path endings.
const ctxChars = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~ \t\nabcXYZ019¿¡«»“”‘’…–—€ñÑáÉüÜ·¨´ªº°©®™←→↔☀☺❤️⃣‍️＃＠．。、，：；（）【】「」『』〜〃ー中文한국語пр']
  .concat(['\u00a0', '\u200b', '\u200d', '\u202e', '\ufeff', '\ufffe', '\u3000', '\u2028', '😀', '👍🏽', '🇲🇽', '1️⃣']);
const hosts = ['ine.mx', 'www.ine.mx', 'ieesonora.org.mx', 'sub-dom.ieesonora.org.mx', 'a_b.ine.mx', 'INE.MX', 'votar.Es', 't.co',
  'bit.ly', 'xn--caf-dma.mx', 'café.mx', 'пример.рф', '삼성.com', 'ine.mx.', 'ine.mxx', 'ine.com.mx', 'localhost', '1.2.3.4',
  'ine.museum', 'ine.co', 'x.y.z.ine.mx', 'ine-.mx', '-ine.mx', 'ine..mx', 'ine.m', 'ine.mx-x', 'ine.mx_x', 'ine.mx@x', 'ine.mx+x'];
const schemes = ['', '', 'https://', 'http://', 'HTTPS://', 'ftp://', 'https:/', 'https//'];
const tails = ['', '/', '/a', '/a/b.html', '/a.', '/a,', '/a-', '/a_', '/a=', '/a#f', '/#!/x', '/~u', '/@u', '/@u/', '/a(b)',
  '/a(b)c', '/a(b(c)d)', '/(b)', '/a.(b)', '/a(b', '/a)b', '?', '?q', '?q=1', '?q=1&', '?q=á', '?q=1.', '?q=(1)', ':80',
  ':80/x', ':x', '/a–b', '/ñ', '/пр', '/a%20b', '/a!', '/a*', "/a'", '/a;b', '/a:b', '/a|b', '/a[1]', '/a$b', '/a+b', '/a&b', '/a~'];
const around = (set) => { let x = ''; for (let i = rnd(3); i > 0; i--) x += pick(set); return x; };
const urlCtx = [];
for (let k = 0; k < 150; k++) {
  let s = '';
  for (let j = 1 + rnd(3); j > 0; j--) {
    let tail = '';
    for (let i = rnd(3); i > 0; i--) tail += pick(tails);
    s += around(ctxChars) + pick(schemes) + pick(hosts) + tail + around(ctxChars);
  }
  urlCtx.push(s);
}

// Hash, at and dollar signs in odd company.
const sigChars = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~ \t\nabcXYZ019¿¡«»“”…–—€ñÑáÉüÜ·ªº©®™❤☺☀＃＠．。、中文한пр']
  .concat(['\u00a0', '\u200b', '\u200c', '\u200d', '\ufe0e', '\ufe0f', '\u20e3', '\u0301', '\u202e', '\ufeff', '\u3000', '😀',
    '👍🏽', '🇲🇽', '1️⃣', 'rt', 'RT', 'Rt:', 'rT:', '//', '://']);
const bodies = ['Vota', 'Elección2027', '1', '2027', '_a', '_', '__', 'a1', 'ñandú', 'pingüino', 'Niñez', 'ÚLTIMO', 'a_b', 'a-b',
  'a.b', 'Ab12345678901234567890xyz', 'abcdefghijklmnopqrstuvwxyz', 'IEESonora', 'IEESonora/lista', 'IEESonora/1x',
  'IEESonora/lista-larga_ok', 'MXN', 'USD.MX', 'ab_cd', 'abcdefg', 'a.bcd', '選挙', '선거', 'пример', 'مرحبا', 'שלום', 'ไทย',
  'x\u0301', 'e\u0301', '👍', 'a\u200db', 'a\u200cb', 'a·b', 'a〜b', 'ｱ', 'ﾟ', 'ａｂ', 'ｂ'];
const sigils = ['#', '#', '＃', '@', '@', '＠', '$', '$', '##', '@@', '$$', '#@', '@#'];
const sigCtx = [];
for (let k = 0; k < 150; k++) {
  let s = '';
  for (let j = 1 + rnd(4); j > 0; j--) s += around(sigChars) + pick(sigils) + pick(bodies) + around(sigChars);
  sigCtx.push(s);
}

// Emoji pieces: bases, joiners, skin tones, selectors, tags, keycaps and
// characters at the edges of X's weight ranges, in random order.
const cps = [0x1F468, 0x1F469, 0x1F467, 0x1F466, 0x1F9D1, 0x1F91D, 0x2764, 0x1F525, 0x1F48B, 0x1F3FB, 0x1F3FC, 0x1F3FD, 0x1F3FE,
  0x1F3FF, 0x200D, 0xFE0F, 0xFE0E, 0x20E3, 0x23, 0x2A, 0x31, 0x39, 0x1F1F2, 0x1F1FD, 0x1F1EA, 0x1F1F8, 0x1F1FA, 0x1F3F4, 0xE0067,
  0xE0062, 0xE0065, 0xE006E, 0xE007F, 0x2640, 0x2642, 0x2695, 0x2696, 0x2708, 0x1F3F3, 0x1F308, 0x2620, 0x1F441, 0x1F5E8, 0x26F9,
  0x1F3CB, 0x1F575, 0x1F46E, 0x1F477, 0x1F481, 0x1F645, 0x1F6B4, 0x1F926, 0x1F937, 0x1F9B8, 0x1F9D6, 0x1F9DE, 0x1F46F, 0x1F93C,
  0xA9, 0xAE, 0x2122, 0x265F, 0x203C, 0x2049, 0x2194, 0x231A, 0x25B6, 0x2600, 0x263A, 0x261D, 0x270C, 0x270A, 0x1F385, 0x1F90C,
  0x1F972, 0x1FAE0, 0x1FAF6, 0x1F62E, 0x1F4A8, 0x1F635, 0x1F4AB, 0x1F9D4, 0x1FAF1, 0x1FAF2, 0x1F600, 0x1F004, 0x1F170, 0x1F202,
  0x1F21A, 0x1F22F, 0x1F237, 0x1F321, 0x1F324, 0xE50A, 0x23E9, 0x2705, 0x2728, 0x274C, 0x27BF, 0x3030, 0x303D, 0x3297, 0x61, 0x20,
  0xF1, 0x2026, 0x20AC, 0x2014, 0x2013, 0x201C, 0x2032, 0x2033, 0x2037, 0x2038, 0x10FF, 0x1100, 0x10FF + 1, 0x2000, 0x200A,
  0x200B, 0x200C, 0x200E, 0x2010, 0x201F, 0x2020, 0xFEFF, 0xFFFE, 0xFFFF, 0x3000, 0x4E2D];
const emo = [];
for (let k = 0; k < 150; k++) {
  let s = '';
  for (let j = 1 + rnd(30); j > 0; j--) s += String.fromCodePoint(pick(cps));
  emo.push(s);
}
const all = hand.concat(long, adv, real, urlCtx, sigCtx, emo);
fs.writeFileSync(path.join(dir, 'cases.jsonl'), all.map((s) => JSON.stringify(s)).join('\n') + '\n');
console.error(all.length + ' cases');
