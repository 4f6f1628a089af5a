// == and === across null, undefined, 0, -0, '', '0', '1', NaN and booleans,
// then objects, which only ever equal themselves (and are never == null).
var names = ['null', 'undef', '0', '-0', 'empty', "'0'", "'1'", 'NaN', 'true', 'false'];
var vals = [null, undefined, 0, -0, '', '0', '1', NaN, true, false];
function cell(text) {
  return (text + '      ').slice(0, 6);
}
var header = cell('');
for (var h = 0; h < names.length; h++) header += cell(names[h]);
console.log(header);
for (var i = 0; i < vals.length; i++) {
  var row = cell(names[i]);
  for (var j = 0; j < vals.length; j++) {
    var loose = vals[i] == vals[j];
    var strict = vals[i] === vals[j];
    row += cell(loose ? (strict ? '===' : '==') : '.');
  }
  console.log(row);
}
// != and !== are exact negations, and == is symmetric.
var mismatches = 0;
var asym = 0;
for (var a = 0; a < vals.length; a++) {
  for (var b = 0; b < vals.length; b++) {
    if ((vals[a] != vals[b]) === (vals[a] == vals[b])) mismatches++;
    if ((vals[a] !== vals[b]) === (vals[a] === vals[b])) mismatches++;
    if ((vals[a] == vals[b]) !== (vals[b] == vals[a])) asym++;
  }
}
console.log(mismatches, asym);
// Object identity: distinct objects are never equal, even with the same contents.
var o1 = { k: 1 };
var o2 = { k: 1 };
var o3 = o1;
var arr = [];
console.log(o1 == o2, o1 === o2, o1 == o3, o1 === o3, [] == [], arr == arr, arr === arr);
console.log(o1 == null, o1 == undefined, null == o1, o1 != null, arr != undefined);
// === never converts, so objects are strictly unequal to every primitive.
var strictHits = 0;
for (var k = 0; k < vals.length; k++) {
  if (o1 === vals[k] || arr === vals[k] || vals[k] === o1) strictHits++;
}
console.log(strictHits);
// Finding an object in a list by identity.
var list = [o2, { k: 1 }, o1, arr];
var at = -1;
for (var m = 0; m < list.length; m++) {
  if (list[m] === o3) at = m;
}
console.log(at, list[at] === o1, list.indexOf(o2), list.indexOf({ k: 1 }));
// Numbers against numeric strings with whitespace and other formats.
console.log(1 == '1.0', 1 == ' 1 ', 255 == '0xff', 1000 == '1e3', 0 == ' ', 0 == '\t\n');
console.log(NaN == 'NaN', Infinity == 'Infinity', -0 == '-0', 2 == true, 1 == true);
console.log(null == 0, undefined == 0, null == '', null == false, undefined == false);
