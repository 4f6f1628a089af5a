// A label before const, nested labels and labels on statements that are allowed.
A: B: for (var i = 0; i < 3; i++) { if (i == 1) continue A; console.log(i); }
C: { console.log("block"); break C; }
D: var v = 5;
console.log(v);
E: F: const k = 1;
