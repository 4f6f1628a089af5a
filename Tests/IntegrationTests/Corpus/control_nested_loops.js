// Nested loops with heavy iteration counts.
var total = 0;
for (var i = 0; i < 150; i++) {
  for (var j = 0; j < 150; j++) {
    total += (i ^ j) & 7;
  }
}
console.log(total);
// Triangle loops.
var tri = 0;
for (let a = 0; a < 200; a++) {
  for (let b = a; b < 200; b++) {
    tri++;
  }
}
console.log(tri);
// Pythagorean triples with c < 60.
var triples = 0;
var largest = '';
for (var x = 1; x < 60; x++) {
  for (var y = x; y < 60; y++) {
    for (var z = y; z < 60; z++) {
      if (x * x + y * y === z * z) {
        triples++;
        largest = x + ',' + y + ',' + z;
      }
    }
  }
}
console.log(triples, largest);
// while inside for inside while.
var outerCount = 0;
var work = 0;
while (outerCount < 10) {
  for (var k = 0; k < outerCount; k++) {
    var w = k;
    while (w > 0) {
      w = w >> 1;
      work++;
    }
  }
  outerCount++;
}
console.log(work);
