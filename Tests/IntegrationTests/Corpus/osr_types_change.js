// Loops entered by on-stack replacement whose values change type while they run.
function run(n) {
  var x = 0, y = 1, label = "s";
  for (var i = 0; i < n; i++) {
    for (var j = 0; j < 20; j++) {
      x = x + j;
      if (i === 300) x = x + 0.5;
      if (i === 600) label = label + "!";
    }
    if (i > 700) y = y * 1.0001;
  }
  return [x, y > 1, label].join(" ");
}
console.log(run(1000));
function grow(n) {
  var s = 0;
  var i = 0;
  while (i < n) {
    s = s + i * i;
    i = i + 1;
  }
  return s;
}
console.log(grow(5000), grow(100000));
function mixed(n) {
  var v = 1;
  var k = 0;
  do {
    v = v * 3;
    if (v > 1e9) v = v / 7;
    k++;
  } while (k < n);
  return v;
}
console.log(mixed(2000));
