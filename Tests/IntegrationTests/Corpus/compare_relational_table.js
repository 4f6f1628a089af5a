// < and >= across a list of values; NaN makes both false.
var vals = [-1, 0, 1, '', '1', '10', '9', 'a', null, undefined, true, NaN];
var total = 0;
for (var i = 0; i < vals.length; i++) {
  var row = '';
  for (var j = 0; j < vals.length; j++) {
    var lt = vals[i] < vals[j];
    var ge = vals[i] >= vals[j];
    row += lt ? '<' : (ge ? '>' : '?');
    if (lt) total++;
  }
  console.log(row);
}
console.log(total);
// <= and > are not simply the negations of > and <= when NaN is involved.
var notNegated = 0;
for (var a = 0; a < vals.length; a++) {
  for (var b = 0; b < vals.length; b++) {
    if ((vals[a] <= vals[b]) === (vals[a] > vals[b])) notNegated++;
  }
}
console.log(notNegated);
