// Strings: building with += and scanning with charCodeAt and indexOf.
function build(n) {
  var s = "";
  for (var i = 0; i < n; i++) s += String.fromCharCode(97 + (i % 26));
  return s;
}
function scan(s) {
  var h = 0;
  for (var i = 0; i < s.length; i++) h = (h * 33 + s.charCodeAt(i)) | 0;
  return h;
}
var total = 0;
for (var r = 0; r < 110; r++) {
  var text = build(100000);
  total = (total + scan(text) + text.indexOf("xyz", r * 1000)) | 0;
}
console.log("strings", total);
