// A string literal that runs to the end of the line.
// Nothing is printed: the whole program is parsed before any of it runs.
console.log('this line is never printed');
var greeting = 'hello';
var name = "world";
console.log(greeting + ', ' + name);
var quoted = 'it\'s' + " \"fine\"";
console.log(quoted, quoted.length);
function shout(s) {
  var out = '';
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    out += String.fromCharCode(c >= 97 && c <= 122 ? c - 32 : c);
  }
  return out;
}
console.log(shout(greeting));
var empty = '';
console.log(empty.length, '"' + empty + '"');
var broken = 'no closing quote;
console.log(broken);
