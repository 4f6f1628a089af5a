var a = new Array(4294967295);
a[4294967294] = 1;
console.log(a.length);
a.push(2);
