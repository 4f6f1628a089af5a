// Found by jsjit-fuzz (seed 1013, every tier): `**` and Math.pow print what V8's pow computes,
// which is not always the correctly rounded result the C library's pow gives.
let v = 0;
for (let i = 0; i < 5; i++) v--;
v **= v;
console.log(v);                                     // (-5) ** -5
console.log((-5) ** -5, 10 ** -5, 0.30000000000000004 ** 3, 123456789 ** 2);
console.log(Math.pow(3, -6), Math.pow(1.1, 4), Math.pow(0.7, 4));
// Exact results agree everywhere.
console.log(2 ** 10, 1.5 ** 2, 7 ** 0.5, (-8) ** 3, 2 ** -1074);
// In a loop, so the baseline and optimizing tiers compute it too.
let total = 0;
for (let i = 1; i <= 3000; i++) total += (i % 7 + 0.1) ** (i % 5 - 2);
console.log(total);
