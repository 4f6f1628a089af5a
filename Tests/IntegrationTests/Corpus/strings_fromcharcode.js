// String.fromCharCode with one and many arguments.
console.log(String.fromCharCode(72, 105));
console.log(String.fromCharCode(65));
console.log(String.fromCharCode().length);
// Arguments are truncated to uint16.
console.log(String.fromCharCode(65 + 65536));
console.log(String.fromCharCode(65.9));
console.log(String.fromCharCode(-65536 + 66));
console.log(String.fromCharCode('67'));
// Round trip through charCodeAt.
var codes = [];
var word = 'Swift JS';
for (var i = 0; i < word.length; i++) {
  codes.push(word.charCodeAt(i));
}
console.log(codes.join(','));
var back = '';
for (var j = 0; j < codes.length; j++) {
  back += String.fromCharCode(codes[j]);
}
console.log(back, back === word);
// Caesar shift of the alphabet.
var shifted = '';
for (var c = 0; c < 26; c++) {
  shifted += String.fromCharCode(65 + (c + 3) % 26);
}
console.log(shifted);
// Upper-casing by hand.
function upper(s) {
  var out = '';
  for (var i = 0; i < s.length; i++) {
    var code = s.charCodeAt(i);
    if (code >= 97 && code <= 122) code -= 32;
    out += String.fromCharCode(code);
  }
  return out;
}
console.log(upper('hello, world 42'));
