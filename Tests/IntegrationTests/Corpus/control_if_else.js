// if / else chains and truthiness of conditions.
function classify(n) {
  if (n < 0) {
    return 'negative';
  } else if (n === 0) {
    return 'zero';
  } else if (n < 10) {
    return 'small';
  } else {
    return 'large';
  }
}
console.log(classify(-5), classify(0), classify(-0), classify(7), classify(100));
// Dangling else binds to the nearest if.
function dangling(a, b) {
  var r = 'none';
  if (a)
    if (b) r = 'both';
    else r = 'a only';
  return r;
}
console.log(dangling(true, true), dangling(true, false), dangling(false, true));
// Conditions of every value kind.
var vals = [0, 1, -0, NaN, '', 'x', '0', null, undefined, true, false, [], {}];
var out = '';
for (var i = 0; i < vals.length; i++) {
  if (vals[i]) out += 'T'; else out += 'F';
}
console.log(out);
// if without braces and without else.
var x = 3;
if (x > 2) x = x * 2;
if (x > 100) x = 0;
console.log(x);
// Deep nesting.
function grade(s) {
  if (s >= 50) {
    if (s >= 70) {
      if (s >= 90) return 'A';
      return 'B';
    }
    return 'C';
  }
  return 'F';
}
console.log(grade(95), grade(75), grade(55), grade(10));
