// The draft checker: lints the draft as it is typed through the JSON API,
// highlights each finding in a copy of the text behind the text box, lists
// the findings with their criteria and fixes, and counts the length per
// platform. Offsets from the API are UTF-8 bytes; JavaScript strings are
// UTF-16, so every span is converted.
"use strict";

(function () {
  var texto = document.getElementById("texto");
  var resaltado = document.getElementById("resaltado");
  var estado = document.getElementById("estado");
  var lista = document.getElementById("hallazgos");
  var fecha = document.getElementById("fecha");
  var campanas = document.getElementById("campanas");
  var datos = JSON.parse(document.getElementById("datos").textContent);
  var niveles = { error: "error", warning: "aviso", info: "sugerencia" };
  var pendiente = null;
  var turno = 0;
  var hallazgos = [];
  var enviado = "";

  function plataformas() {
    var out = [];
    document.querySelectorAll("input[name=plataforma]").forEach(function (c) {
      if (c.checked) out.push(c.value);
    });
    return out;
  }

  // utf16At maps each UTF-8 byte offset of s that starts a character (and
  // the end) to the UTF-16 index of that character.
  function utf16At(s) {
    var map = new Map();
    var b = 0;
    for (var i = 0; i < s.length; ) {
      map.set(b, i);
      var c = s.codePointAt(i);
      b += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      i += c >= 0x10000 ? 2 : 1;
    }
    map.set(b, s.length);
    return map;
  }

  function peticion(ruta, cuerpo) {
    return fetch(ruta, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(cuerpo),
    }).then(function (r) {
      return r.json().then(function (j) {
        if (!r.ok) throw new Error(j.error || "error " + r.status);
        return j;
      });
    });
  }

  function revisar() {
    var t = texto.value;
    var mio = ++turno;
    var cuerpo = { text: t, platforms: plataformas() };
    if (fecha.value) cuerpo.publish_at = fecha.value;
    enviado = t;
    actualizarEnlace(t);
    if (t.trim() === "") {
      pintar(t, []);
      estado.className = "estado";
      estado.textContent = "Escribe un borrador para revisarlo.";
      contar(null);
      return;
    }
    Promise.all([peticion("v1/lint", cuerpo), peticion("v1/inspect", cuerpo)])
      .then(function (res) {
        if (mio !== turno || texto.value !== t) return;
        pintar(t, res[0].findings || []);
        contar(res[1]);
        resumen(res[0].findings || []);
      })
      .catch(function (e) {
        if (mio !== turno) return;
        estado.className = "estado fallo";
        estado.textContent = "No se pudo revisar: " + e.message;
      });
    campanasEn(fecha.value, cuerpo.platforms);
  }

  function resumen(fs) {
    var e = 0, w = 0, i = 0;
    fs.forEach(function (f) {
      if (f.severity === "error") e++;
      else if (f.severity === "warning") w++;
      else i++;
    });
    var avisos = cuenta(w, "aviso", "avisos") + ", " + cuenta(i, "sugerencia", "sugerencias");
    if (e === 0) {
      estado.className = "estado lista";
      estado.textContent = "Lista para publicar" + (w + i > 0 ? " (" + avisos + ")" : "");
    } else {
      estado.className = "estado pendiente";
      estado.textContent = "No está lista: " + cuenta(e, "error", "errores") + ", " + avisos;
    }
  }

  function cuenta(n, uno, varios) {
    return n === 1 ? "1 " + uno : n + " " + varios;
  }

  // pintar rebuilds the highlighted copy and the list of findings. As on
  // the server: findings about the whole post are only listed; where spans
  // overlap, the most severe finding shows, and of those the narrowest.
  function pintar(t, fs) {
    hallazgos = fs;
    var map = utf16At(t);
    var peso = { error: 3, warning: 2, info: 1 };
    var marcas = [];
    var cortes = [0, t.length];
    fs.forEach(function (f, k) {
      var a = map.get(f.start), b = map.get(f.end);
      if (a === undefined || b === undefined || a >= b || (a === 0 && b === t.length)) return;
      marcas.push({ a: a, b: b, k: k, f: f });
      cortes.push(a, b);
    });
    cortes.sort(function (x, y) { return x - y; });
    resaltado.textContent = "";
    var ultimo = null;
    for (var i = 1; i < cortes.length; i++) {
      var a = cortes[i - 1], b = cortes[i];
      if (a === b) continue;
      var mejor = null;
      marcas.forEach(function (m) {
        if (m.a > a || m.b < b) return;
        if (!mejor || peso[m.f.severity] > peso[mejor.f.severity] ||
            (peso[m.f.severity] === peso[mejor.f.severity] && m.b - m.a < mejor.b - mejor.a)) mejor = m;
      });
      var trozo = t.slice(a, b);
      if (ultimo && ultimo.m === mejor) {
        ultimo.nodo.textContent += trozo;
        continue;
      }
      var nodo;
      if (mejor) {
        nodo = document.createElement("mark");
        nodo.dataset.rule = mejor.f.rule;
        nodo.dataset.severity = mejor.f.severity;
        nodo.dataset.index = String(mejor.k);
        nodo.textContent = trozo;
      } else {
        nodo = document.createTextNode(trozo);
      }
      resaltado.appendChild(nodo);
      ultimo = { m: mejor, nodo: nodo };
    }
    resaltado.appendChild(document.createTextNode("\n"));
    lista.textContent = "";
    fs.forEach(function (f, k) {
      lista.appendChild(elemento(f, k));
    });
  }

  function elemento(f, k) {
    var li = document.createElement("li");
    li.className = "hallazgo";
    li.dataset.rule = f.rule;
    li.dataset.severity = f.severity;
    li.dataset.index = String(k);
    var nivel = document.createElement("span");
    nivel.className = "nivel";
    nivel.textContent = niveles[f.severity] || f.severity;
    li.appendChild(nivel);
    li.appendChild(document.createTextNode(" "));
    var msg = document.createElement("span");
    msg.className = "mensaje";
    msg.textContent = f.message;
    li.appendChild(msg);
    var regla = document.createElement("span");
    regla.className = "regla";
    regla.textContent = " [" + f.rule + "]";
    li.appendChild(regla);
    var acciones = document.createElement("div");
    acciones.className = "acciones";
    (f.criteria || []).forEach(function (c) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "criterio";
      b.textContent = "Criterio " + c;
      b.setAttribute("aria-expanded", "false");
      b.addEventListener("click", function () {
        verCriterio(li, b, c);
      });
      acciones.appendChild(b);
    });
    (f.fixes || []).forEach(function (fx, i) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "arreglo" + (fx.safe ? " seguro" : "");
      b.dataset.fix = String(i);
      b.textContent = fx.message || "Aplicar";
      b.addEventListener("click", function () {
        aplicar(fx);
      });
      acciones.appendChild(b);
    });
    li.appendChild(acciones);
    return li;
  }

  function verCriterio(li, boton, seccion) {
    var id = "criterio-" + li.dataset.index + "-" + seccion.replace(/[^A-Za-z0-9]/g, "-");
    var caja = document.getElementById(id);
    if (caja) {
      caja.remove();
      boton.setAttribute("aria-expanded", "false");
      return;
    }
    fetch("v1/criteria/" + encodeURIComponent(seccion))
      .then(function (r) { return r.json(); })
      .then(function (j) {
        var q = document.createElement("blockquote");
        q.id = id;
        q.className = "texto-criterio";
        q.textContent = j.text || j.error || "";
        li.appendChild(q);
        boton.setAttribute("aria-controls", id);
        boton.setAttribute("aria-expanded", "true");
      });
  }

  // aplicar applies one fix's edits (UTF-8 byte offsets into the text
  // that was checked) and checks the text again.
  function aplicar(fx) {
    if (texto.value !== enviado) return;
    var bytes = new TextEncoder().encode(texto.value);
    var edits = (fx.edits || []).slice().sort(function (a, b) { return b.start - a.start; });
    var out = bytes;
    edits.forEach(function (e) {
      var nuevo = new TextEncoder().encode(e.new);
      var next = new Uint8Array(out.length - (e.end - e.start) + nuevo.length);
      next.set(out.subarray(0, e.start), 0);
      next.set(nuevo, e.start);
      next.set(out.subarray(e.end), e.start + nuevo.length);
      out = next;
    });
    texto.value = new TextDecoder().decode(out);
    texto.focus();
    revisar();
  }

  function contar(ins) {
    document.querySelectorAll("#contadores tbody tr").forEach(function (tr) {
      var p = tr.dataset.platform;
      var n = 0;
      if (ins) n = p === "x" ? ins.x.weightedLength : ins.lengths[p];
      var limite = 0;
      datos.platforms.forEach(function (d) { if (d.id === p) limite = d.limit; });
      tr.querySelector(".cuenta").textContent = String(n);
      tr.classList.toggle("excedido", n > limite);
    });
  }

  function campanasEn(dia, ps) {
    var q = "?platforms=" + encodeURIComponent(ps.join(","));
    if (dia) q += "&date=" + encodeURIComponent(dia);
    fetch("v1/campaigns" + q)
      .then(function (r) { return r.json(); })
      .then(function (cs) {
        if (!Array.isArray(cs)) return;
        campanas.textContent = "";
        if (cs.length === 0) {
          var li = document.createElement("li");
          li.textContent = "Ninguna en esa fecha.";
          campanas.appendChild(li);
        }
        cs.forEach(function (c) {
          var li = document.createElement("li");
          c.hashtags.forEach(function (h) {
            var code = document.createElement("code");
            code.textContent = h;
            li.appendChild(code);
            li.appendChild(document.createTextNode(" "));
          });
          li.appendChild(document.createTextNode((c.name ? "— " + c.name + " " : "") + "(" + c.start + " a " + c.end + ")"));
          campanas.appendChild(li);
        });
      })
      .catch(function () {});
  }

  // actualizarEnlace keeps the address bar a link to this draft, so a
  // colleague can open it.
  function actualizarEnlace(t) {
    if (t.length > 4000) return;
    var u = new URL(window.location.href);
    if (t) u.searchParams.set("texto", t);
    else u.searchParams.delete("texto");
    u.searchParams.set("plataformas", plataformas().join(","));
    if (fecha.value) u.searchParams.set("fecha", fecha.value);
    window.history.replaceState(null, "", u.toString());
  }

  function luego() {
    clearTimeout(pendiente);
    pendiente = setTimeout(revisar, 150);
  }

  texto.addEventListener("input", luego);
  texto.addEventListener("scroll", function () {
    resaltado.scrollTop = texto.scrollTop;
  });
  fecha.addEventListener("change", revisar);
  document.querySelectorAll("input[name=plataforma]").forEach(function (c) {
    c.addEventListener("change", revisar);
  });
  document.getElementById("formulario").addEventListener("submit", function (ev) {
    ev.preventDefault();
    revisar();
  });
  document.body.classList.add("con-guion");
  revisar();
})();
