// Numbers turned into strings by +, and typeof's answers used as values, many times over.
var ints = [0, 7, -7, 10, -10, 99, 100, 2147483647, -2147483648, 1000000, -1];
var text = "";
for (var i = 0; i < ints.length; i++) text += "k" + ints[i] + ",";
console.log(text);
console.log(ints[7] + 1 + "", (ints[8] - 1) + "", 0.5 + "", -0 + "", 1e21 + "", 123456789 + "x");
var values = [1, 1.5, "s", true, null, undefined, {}, [], function () {}];
var names = [];
for (var j = 0; j < values.length; j++) names.push(typeof values[j]);
console.log(names.join(" "));
var counts = { number: 0, string: 0, other: 0 };
for (var k = 0; k < 3000; k++) {
  var v = k % 3 === 0 ? k : (k % 3 === 1 ? "n" + k : null);
  var t = typeof v;
  if (t === "number") counts.number++;
  else if (t === "string") counts.string += ("n" + k).length - 1;
  else counts.other++;
}
console.log(counts, typeof typeof 1, (typeof undeclaredName) + "!");
