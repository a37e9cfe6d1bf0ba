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
const all = hand.concat(long, adv, real);
fs.writeFileSync(path.join(dir, 'cases.jsonl'), all.map((s) => JSON.stringify(s)).join('\n') + '\n');
console.error(all.length + ' cases');
