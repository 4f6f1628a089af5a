// Characters outside the BMP are two UTF-16 code units.
var faces = '😀😃';
console.log(faces.length, faces.charCodeAt(0), faces.charCodeAt(1), faces.charCodeAt(2), faces.charCodeAt(3));
console.log(faces.charCodeAt(4), faces.slice(0, 2), faces.slice(2), faces.substring(2, 4));
// Each half on its own is a lone surrogate; joining halves rebuilds the character.
var hi = faces.charAt(0);
var lo = faces.charAt(1);
console.log(hi.length, lo.length, (hi + lo) === '😀', hi === '\uD83D', lo + hi === faces.slice(0, 2));
// Building astral characters from code points by hand.
function fromCodePoint(cp) {
  if (cp < 0x10000) return String.fromCharCode(cp);
  var v = cp - 0x10000;
  return String.fromCharCode(0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF));
}
var g = fromCodePoint(0x1D11E);
console.log(g, g.length, g.charCodeAt(0), g.charCodeAt(1));
console.log(fromCodePoint(0x1F600) === '😀', fromCodePoint(0x41), fromCodePoint(0x10FFFF).length);
// Reading code points back.
function codePoints(str) {
  var out = [];
  for (var i = 0; i < str.length; i++) {
    var c = str.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < str.length) {
      var d = str.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) {
        out.push((c - 0xD800) * 0x400 + (d - 0xDC00) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}
console.log(codePoints('a😀b'), codePoints('𝄞'), codePoints('\uD800x'));
// Mixed text: lengths in code units and in code points.
var text = 'héllo 🌍 wörld 🎉!';
console.log(text.length, codePoints(text).length);
// Slicing in the middle of a pair.
var mid = '😀'.slice(0, 1);
console.log(mid.length, mid.charCodeAt(0), mid === '\uD83D');
// Reversing by code units breaks pairs; reversing by code points keeps them.
function reverseUnits(str) {
  var r = '';
  for (var i = str.length - 1; i >= 0; i--) r += str[i];
  return r;
}
function reversePoints(str) {
  var cps = codePoints(str);
  var r = '';
  for (var i = cps.length - 1; i >= 0; i--) r += fromCodePoint(cps[i]);
  return r;
}
var rp = reversePoints('ab😀');
var ru = reverseUnits('ab😀');
console.log(rp, rp.length, ru.charCodeAt(0), ru.charCodeAt(1), ru === rp);
// Comparing and searching astral strings.
console.log('😀' < '😃', '😀'.indexOf('\uDE00'), 'x😃'.indexOf('😃'), '😀😀😀'.indexOf('😀', 1));
