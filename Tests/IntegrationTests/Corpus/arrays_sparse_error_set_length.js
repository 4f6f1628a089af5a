var a = [1];
a.length = 4294967295;
console.log(a.length);
a.length = 4294967296;
