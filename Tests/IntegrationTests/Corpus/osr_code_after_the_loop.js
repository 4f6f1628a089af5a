// Code after a loop that OSR compiled before that code ever ran: int32 arithmetic that
// overflows or makes -0, remainders, holes, string and object indices, compares with NaN.
function f(n, s, o) {
  var acc = 0;
  for (var i = 0; i < n; i++) acc = (acc + i) | 0;
  var a = 2147483647, b = -2147483648, z = 0;
  var r1 = a + 1, r2 = b - 1, r3 = z * -5, r4 = a * 2, r5 = 7 % -3, r6 = -7 % 3, r7 = 5 / 0, r8 = -0 % 5;
  var arr = [1, 2, 3]; arr.length = 0; arr[0] = 1; arr[2] = 3;
  var r9 = arr[1], r10 = arr[5], r11 = s[1], r12 = o[0], r13 = arr[-1];
  var r14 = i < 0.5, r15 = acc > NaN, r16 = (i - n) === 0;
  var k = 0; while (k < 3) { arr[k + 10] = k; k++; }
  return [acc, r1, r2, 1 / r3, r4, r5, r6, r7, 1 / r8, r9, r10, r11, r12, r13, r14, r15, r16, arr.length, arr[12]].join(",");
}
console.log(f(5000, "xyz", {0: "zero"}));
console.log(f(10, "ab", [9]));
function g(n) {
  var s = 0;
  for (var i = 0; i < n; i++) s += i;
  var t = s;
  for (var j = 0; j < 40; j++) t = t * 3;
  var u = -0;
  for (var m = 0; m < 2; m++) u = u * 1;
  return t + " " + (1 / u) + " " + (s - s * 1.5);
}
console.log(g(3000), g(3));
