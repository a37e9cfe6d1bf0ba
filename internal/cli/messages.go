package cli

import (
	"fmt"

	"github.com/vocero/vocero/lint"
)

// catalogue holds every message the CLI prints itself (rule messages come
// from the rules, report labels from lint/report). A test checks that each
// exists in both languages with the same verbs.
var catalogue = map[string]lint.Message{
	"usage.main": {
		ES: `vocero revisa borradores de publicaciones institucionales antes de publicarlos.

Uso:
  vocero lint [opciones] [rutas | -]     revisa archivos, carpetas o la entrada estándar
  vocero inspect [opciones] [rutas | -]  muestra lo que vocero ve en cada publicación
  vocero rules [opciones] [ID]           lista las reglas, o muestra una
  vocero serve [opciones]                sirve la página para revisar borradores y la API HTTP
  vocero audit ARCHIVO                   resume la bitácora de actividad de vocero serve
  vocero lsp                             servidor LSP para editores (entrada y salida estándar)
  vocero help [comando]                  muestra la ayuda de un comando
  vocero --version                       muestra la versión

Códigos de salida: 0 sin problemas, 1 hay hallazgos del nivel de --fail-on o más graves,
2 error de uso, de configuración o de lectura.
`,
		EN: `vocero checks drafts of institutional posts before they are published.

Usage:
  vocero lint [options] [paths | -]     check files, folders or standard input
  vocero inspect [options] [paths | -]  show what vocero sees in each post
  vocero rules [options] [ID]           list the rules, or show one
  vocero serve [options]                serve the draft-checking page and the HTTP API
  vocero audit FILE                     summarise the activity log of vocero serve
  vocero lsp                            LSP server for editors (standard input and output)
  vocero help [command]                 show the help of a command
  vocero --version                      show the version

Exit codes: 0 no problems, 1 findings at the --fail-on level or above,
2 usage, config or read error.
`,
	},
	"usage.lint": {
		ES: `Uso: vocero lint [opciones] [rutas | -]

Revisa archivos .txt, .md, .jsonl y .csv. Las carpetas se recorren (sin carpetas
ocultas ni lo que excluye .gitignore, salvo que se nombren). Sin rutas, o con -,
lee una publicación de la entrada estándar.

Opciones:
`,
		EN: `Usage: vocero lint [options] [paths | -]

Checks .txt, .md, .jsonl and .csv files. Folders are walked (skipping hidden
folders and what .gitignore excludes, unless named). Without paths, or with -,
reads one post from standard input.

Options:
`,
	},
	"usage.inspect": {
		ES: `Uso: vocero inspect [opciones] [rutas | -]

Muestra, por publicación, lo que vocero ve: longitudes por plataforma,
etiquetas, menciones, enlaces y correos.

Opciones:
`,
		EN: `Usage: vocero inspect [options] [paths | -]

Shows, for each post, what vocero sees: lengths per platform, hashtags,
mentions, links and e-mail addresses.

Options:
`,
	},
	"usage.rules": {
		ES: `Uso: vocero rules [opciones] [ID]

Lista las reglas con su ID, criterios, severidad y resumen (con --config, la
severidad que da esa configuración, off incluido). Con un ID, muestra la regla
completa: su documentación, ejemplo, opciones y el texto de los criterios que cita.

Opciones:
`,
		EN: `Usage: vocero rules [options] [ID]

Lists the rules with their ID, criteria, severity and summary (with --config,
the severity that config gives, off included). With an ID, shows the rule in
full: its doc, example, options and the text of the criteria it cites.

Options:
`,
	},
	"flag.format.lint":    {ES: "formato de salida: %s", EN: "output format: %s"},
	"flag.format.inspect": {ES: "formato de salida: json o jsonl", EN: "output format: json or jsonl"},
	"flag.format.rules":   {ES: "formato de salida: text, json o markdown", EN: "output format: text, json or markdown"},
	"flag.platform":       {ES: "plataformas de destino separadas por comas (sustituye a las de la configuración y de cada publicación): %s", EN: "comma-separated target platforms (replace the config's and each post's): %s"},
	"flag.fail-on":        {ES: "nivel a partir del cual la salida es 1: error, warning o info", EN: "level from which the exit code is 1: error, warning or info"},
	"flag.config":         {ES: "archivo de configuración (por omisión se busca .vocero.yaml hacia arriba desde cada archivo)", EN: "config file (by default .vocero.yaml is searched upwards from each file)"},
	"flag.lang":           {ES: "idioma de los mensajes: es o en", EN: "language of the messages: es or en"},
	"flag.date":           {ES: "fecha de publicación (AAAA-MM-DD) de las publicaciones que no la indican", EN: "publish date (YYYY-MM-DD) for posts that carry none"},
	"flag.history":        {ES: "archivo .jsonl con publicaciones anteriores (para detectar repeticiones)", EN: ".jsonl file of past posts (to detect repetition)"},
	"flag.words":          {ES: "archivo con palabras adicionales para el diccionario, una por línea", EN: "file of extra dictionary words, one per line"},
	"flag.fix":            {ES: "aplica en los archivos las correcciones seguras; con -, escribe el texto corregido en la salida estándar", EN: "apply safe fixes to the files; with -, write the fixed text to standard output"},
	"flag.diff":           {ES: "muestra como diff unificado lo que haría --fix, sin cambiar nada", EN: "show what --fix would do as a unified diff, changing nothing"},
	"flag.debug":          {ES: "cuando una regla falla, muestra en stderr dónde (la traza de la pila), para quien la corrige", EN: "when a rule fails, print where on stderr (the stack trace), for whoever fixes it"},
	"flag.color":          {ES: "color en la salida de texto: auto, always o never", EN: "colour in text output: auto, always or never"},
	"flag.readme":         {ES: "reescribe la referencia de reglas de este README (entre sus marcadores) y termina", EN: "rewrite the rule reference of this README (between its markers) and exit"},
	"flag.stdin-filename": {ES: "ruta que representa la entrada estándar: da su formato (.md, .csv...), la configuración de su carpeta y la ruta de los hallazgos", EN: "path that standard input stands for: it gives the format (.md, .csv...), the config of its folder and the path of the findings"},
	"flag.baseline":       {ES: "informa solo los hallazgos que no están en esta línea base (escrita con --write-baseline)", EN: "report only the findings that are not in this baseline (written with --write-baseline)"},
	"flag.write-baseline": {ES: "escribe en ARCHIVO los hallazgos de hoy como línea base y termina", EN: "write today's findings to FILE as a baseline and exit"},
	"flag.help":           {ES: "muestra esta ayuda", EN: "show this help"},

	"err.command":        {ES: "comando desconocido %q; usa «vocero help»", EN: "unknown command %q; see \"vocero help\""},
	"err.flag":           {ES: "%v; usa «vocero help %s»", EN: "%v; see \"vocero help %s\""},
	"err.format":         {ES: "formato desconocido %q (usa uno de: %s)", EN: "unknown format %q (use one of: %s)"},
	"err.fail-on":        {ES: "nivel desconocido en --fail-on: %q (usa error, warning o info)", EN: "unknown level in --fail-on: %q (use error, warning or info)"},
	"err.color":          {ES: "valor desconocido en --color: %q (usa auto, always o never)", EN: "unknown value in --color: %q (use auto, always or never)"},
	"err.lang":           {ES: "idioma desconocido en --lang: %q (usa es o en)", EN: "unknown language in --lang: %q (use es or en)"},
	"err.platform":       {ES: "--platform: %v", EN: "--platform: %v"},
	"err.date":           {ES: "--date: %v", EN: "--date: %v"},
	"err.fixdiff":        {ES: "--fix y --diff no se pueden usar juntos: --diff solo muestra lo que haría --fix", EN: "--fix and --diff cannot be used together: --diff only shows what --fix would do"},
	"err.args":           {ES: "«vocero %s» no recibe rutas: %s", EN: "\"vocero %s\" takes no paths: %s"},
	"err.stdin-twice":    {ES: "la entrada estándar (-) solo puede nombrarse una vez", EN: "standard input (-) can be named only once"},
	"err.unsupported":    {ES: "%s: tipo de archivo no admitido (usa .txt, .md, .jsonl o .csv)", EN: "%s: unsupported file type (use .txt, .md, .jsonl or .csv)"},
	"err.notfound":       {ES: "%s: no existe", EN: "%s: does not exist"},
	"err.read":           {ES: "%s: no se pudo leer: %v", EN: "%s: cannot read: %v"},
	"err.toolarge":       {ES: "%s: el archivo pesa %d MiB, más que el máximo de %d MiB", EN: "%s: the file is %d MiB, more than the maximum of %d MiB"},
	"err.words":          {ES: "--words: %v", EN: "--words: %v"},
	"err.history":        {ES: "historial %s: %v", EN: "history %s: %v"},
	"err.rule":           {ES: "%s: una regla falló: %v", EN: "%s: a rule failed: %v"},
	"err.fix.readonly":   {ES: "%s: no se aplicaron correcciones: el archivo no tiene permiso de escritura", EN: "%s: fixes not applied: the file is not writable"},
	"err.fix.changed":    {ES: "%s: no se aplicaron correcciones: el archivo cambió mientras se revisaba", EN: "%s: fixes not applied: the file changed while it was being checked"},
	"err.fix.write":      {ES: "%s: no se aplicaron correcciones: %v", EN: "%s: fixes not applied: %v"},
	"err.fix":            {ES: "%s: no se pudieron calcular las correcciones: %v", EN: "%s: cannot compute the fixes: %v"},
	"err.records.more":   {ES: "%s: y %d registros más que no se pudieron leer", EN: "%s: and %d more records that could not be read"},
	"err.empty":          {ES: "%s: no hay nada que vocero pueda leer (archivos .txt, .md, .jsonl o .csv)", EN: "%s: nothing vocero can read (.txt, .md, .jsonl or .csv files)"},
	"err.stdin-filename": {ES: "--stdin-filename %q: tipo de archivo no admitido (usa .txt, .md, .jsonl o .csv)", EN: "--stdin-filename %q: unsupported file type (use .txt, .md, .jsonl or .csv)"},
	"err.stdin-terminal": {ES: "no se dieron rutas y la entrada estándar es una terminal.\nUso: vocero lint [opciones] [rutas | -]   (ejemplos: «vocero lint publicaciones/», «vocero lint borrador.md», «echo texto | vocero lint»; «vocero help lint» da las opciones)", EN: "no paths given and standard input is a terminal.\nUsage: vocero lint [options] [paths | -]   (for example: \"vocero lint posts/\", \"vocero lint draft.md\", \"echo text | vocero lint\"; \"vocero help lint\" lists the options)"},
	"err.rule.unknown":   {ES: "regla desconocida %q; «vocero rules» da la lista", EN: "unknown rule %q; see \"vocero rules\" for the list"},
	"err.baseline":       {ES: "--baseline %s: %v", EN: "--baseline %s: %v"},
	"err.write-baseline": {ES: "--write-baseline %s: %v", EN: "--write-baseline %s: %v"},
	"err.interrupted":    {ES: "interrumpido", EN: "interrupted"},
	"err.output":         {ES: "no se pudo escribir la salida: %v", EN: "cannot write the output: %v"},
	"err.readme":         {ES: "%s: %v", EN: "%s: %v"},

	"rule.severity":    {ES: "Severidad", EN: "Severity"},
	"rule.criteria":    {ES: "Criterios", EN: "Criteria"},
	"rule.bad":         {ES: "Se señala:", EN: "Flagged:"},
	"rule.good":        {ES: "Mejor:", EN: "Better:"},
	"rule.options":     {ES: "Opciones", EN: "Options"},
	"rule.options.how": {ES: "en .vocero.yaml, bajo rules.%s", EN: "in .vocero.yaml, under rules.%s"},
	"rule.criterion":   {ES: "Criterio %s:", EN: "Criterion %s (quoted in Spanish):"},
	"baseline.written": {ES: "línea base escrita en %s: %d hallazgos", EN: "baseline written to %s: %d findings"},
	"fix.done":         {ES: "%s: %d correcciones aplicadas", EN: "%s: %d fixes applied"},
	"progress":         {ES: "vocero: %d de %d archivos revisados", EN: "vocero: %d of %d files checked"},
	"rules.header":     {ES: "REGLA\tCRITERIOS\tSEVERIDAD\tRESUMEN", EN: "RULE\tCRITERIA\tSEVERITY\tSUMMARY"},
	"rules.none":       {ES: "no hay reglas integradas todavía", EN: "there are no built-in rules yet"},
}

// msg formats the catalogue message key in lang.
func msg(lang lint.Lang, key string, args ...any) string {
	m, ok := catalogue[key]
	if !ok {
		return fmt.Sprintf("[%s]", key)
	}
	return m.In(lang, args...)
}
