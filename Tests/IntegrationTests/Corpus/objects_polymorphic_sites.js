// One property-reading site that sees two, three and four different shapes.
function getX(o) {
  return o.x;
}
var s1 = { x: 1 };
var s2 = { y: 0, x: 2 };
var s3 = { z: 0, y: 0, x: 3 };
var s4 = { w: 0, z: 0, y: 0, x: 4 };
// Two shapes.
var two = 0;
for (var i = 0; i < 1000; i++) two += getX(i % 2 === 0 ? s1 : s2);
console.log(two);
// Three shapes.
var three = [s1, s2, s3];
var sum3 = 0;
for (var j = 0; j < 999; j++) sum3 += getX(three[j % 3]);
console.log(sum3);
// Four shapes.
var four = [s1, s2, s3, s4];
var sum4 = 0;
for (var k = 0; k < 1000; k++) sum4 += getX(four[k % 4]);
console.log(sum4);
// A polymorphic store site.
function setX(o, v) {
  o.x = v;
}
for (var m = 0; m < 400; m++) setX(four[m % 4], m);
console.log(s1, s2);
console.log(s3);
console.log(s4);
// A site where the property is sometimes missing.
var maybe = [{ x: 5 }, { y: 5 }, { x: 7, y: 1 }];
var found = 0;
var missing = 0;
for (var n = 0; n < 300; n++) {
  var v = getX(maybe[n % 3]);
  if (v === undefined) missing++;
  else found += v;
}
console.log(found, missing);
// Objects and arrays both going through one length-reading site.
function len(o) {
  return o.length;
}
var things = [[1, 2, 3], { length: 10 }, 'abcd', [], { length: 'str' }];
var lens = [];
for (var q = 0; q < things.length; q++) lens.push(len(things[q]));
console.log(lens);
