// A table of == and === across a list of values, summarised as strings.
var vals = [0, -0, 1, '', '0', '1', 'a', null, undefined, true, false, NaN];
var names = ['0', '-0', '1', 'empty', 'str0', 'str1', 'a', 'null', 'undef', 'true', 'false', 'NaN'];
for (var i = 0; i < vals.length; i++) {
  var row = '';
  var strict = '';
  for (var j = 0; j < vals.length; j++) {
    row += vals[i] == vals[j] ? '1' : '.';
    strict += vals[i] === vals[j] ? '1' : '.';
  }
  console.log(names[i], row, strict);
}
// Totals: how many pairs are loosely equal and how many strictly.
var looseCount = 0;
var strictCount = 0;
for (var a = 0; a < vals.length; a++) {
  for (var b = 0; b < vals.length; b++) {
    if (vals[a] == vals[b]) looseCount++;
    if (vals[a] === vals[b]) strictCount++;
  }
}
console.log(looseCount, strictCount);
