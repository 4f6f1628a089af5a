// A script's variables are globals: OSR compiles the script inside its inner loops, before the
// code after them has run, so that code reads and writes globals with no feedback yet.
var total = 0, scale = 1, label = "";
for (var i = 0; i < 12; i++) {
  for (var j = 0; j < 150; j++) total += j % 7;
  total = total - i * scale;
  if (i === 6) scale = 0.5;          // the global becomes a double mid-run
  label = label + i;
}
console.log(total, i, j, scale, label);

let late = 3;
var sum = 0;
for (var a = 0; a < 4; a++) {
  for (var b = 0; b < 400; b++) sum += b & 15;
  sum += late;
  late = late * 2;
}
console.log(sum, late);

var big = 2147483000;
for (var k = 0; k < 3; k++) {
  for (var m = 0; m < 300; m++) big += 1;   // passes int32's top: a double from here on
}
console.log(big, k, m);

var words = ["a", "b"], count = 0;
for (var w = 0; w < 5; w++) {
  for (var n = 0; n < 200; n++) count++;
  words.push("w" + w);
  count = count + words.length;
}
console.log(count, words.join(""));
