// 4000 top-level functions and 1000 vars: the global object in dictionary mode, read and
// written from every tier, and globals added after code that reads the older ones ran. The
// loops are in functions: the optimizing JIT compiles them, not the long top level.
function f0(x) { return x + 0; }
function f1(x) { return x + 1; }
function f2(x) { return x + 2; }
function f3(x) { return x + 3; }
function f4(x) { return x + 4; }
function f5(x) { return x + 5; }
function f6(x) { return x + 6; }
function f7(x) { return x + 7; }
function f8(x) { return x + 8; }
function f9(x) { return x + 9; }
function f10(x) { return x + 10; }
function f11(x) { return x + 11; }
function f12(x) { return x + 12; }
function f13(x) { return x + 13; }
function f14(x) { return x + 14; }
function f15(x) { return x + 15; }
function f16(x) { return x + 16; }
function f17(x) { return x + 17; }
function f18(x) { return x + 18; }
function f19(x) { return x + 19; }
function f20(x) { return x + 20; }
function f21(x) { return x + 21; }
function f22(x) { return x + 22; }
function f23(x) { return x + 23; }
function f24(x) { return x + 24; }
function f25(x) { return x + 25; }
function f26(x) { return x + 26; }
function f27(x) { return x + 27; }
function f28(x) { return x + 28; }
function f29(x) { return x + 29; }
function f30(x) { return x + 30; }
function f31(x) { return x + 31; }
function f32(x) { return x + 32; }
function f33(x) { return x + 33; }
function f34(x) { return x + 34; }
function f35(x) { return x + 35; }
function f36(x) { return x + 36; }
function f37(x) { return x + 37; }
function f38(x) { return x + 38; }
function f39(x) { return x + 39; }
function f40(x) { return x + 40; }
function f41(x) { return x + 41; }
function f42(x) { return x + 42; }
function f43(x) { return x + 43; }
function f44(x) { return x + 44; }
function f45(x) { return x + 45; }
function f46(x) { return x + 46; }
function f47(x) { return x + 47; }
function f48(x) { return x + 48; }
function f49(x) { return x + 49; }
function f50(x) { return x + 50; }
function f51(x) { return x + 51; }
function f52(x) { return x + 52; }
function f53(x) { return x + 53; }
function f54(x) { return x + 54; }
function f55(x) { return x + 55; }
function f56(x) { return x + 56; }
function f57(x) { return x + 57; }
function f58(x) { return x + 58; }
function f59(x) { return x + 59; }
function f60(x) { return x + 60; }
function f61(x) { return x + 61; }
function f62(x) { return x + 62; }
function f63(x) { return x + 63; }
function f64(x) { return x + 64; }
function f65(x) { return x + 65; }
function f66(x) { return x + 66; }
function f67(x) { return x + 67; }
function f68(x) { return x + 68; }
function f69(x) { return x + 69; }
function f70(x) { return x + 70; }
function f71(x) { return x + 71; }
function f72(x) { return x + 72; }
function f73(x) { return x + 73; }
function f74(x) { return x + 74; }
function f75(x) { return x + 75; }
function f76(x) { return x + 76; }
function f77(x) { return x + 77; }
function f78(x) { return x + 78; }
function f79(x) { return x + 79; }
function f80(x) { return x + 80; }
function f81(x) { return x + 81; }
function f82(x) { return x + 82; }
function f83(x) { return x + 83; }
function f84(x) { return x + 84; }
function f85(x) { return x + 85; }
function f86(x) { return x + 86; }
function f87(x) { return x + 87; }
function f88(x) { return x + 88; }
function f89(x) { return x + 89; }
function f90(x) { return x + 90; }
function f91(x) { return x + 91; }
function f92(x) { return x + 92; }
function f93(x) { return x + 93; }
function f94(x) { return x + 94; }
function f95(x) { return x + 95; }
function f96(x) { return x + 96; }
function f97(x) { return x + 97; }
function f98(x) { return x + 98; }
function f99(x) { return x + 99; }
function f100(x) { return x + 100; }
function f101(x) { return x + 101; }
function f102(x) { return x + 102; }
function f103(x) { return x + 103; }
function f104(x) { return x + 104; }
function f105(x) { return x + 105; }
function f106(x) { return x + 106; }
function f107(x) { return x + 107; }
function f108(x) { return x + 108; }
function f109(x) { return x + 109; }
function f110(x) { return x + 110; }
function f111(x) { return x + 111; }
function f112(x) { return x + 112; }
function f113(x) { return x + 113; }
function f114(x) { return x + 114; }
function f115(x) { return x + 115; }
function f116(x) { return x + 116; }
function f117(x) { return x + 117; }
function f118(x) { return x + 118; }
function f119(x) { return x + 119; }
function f120(x) { return x + 120; }
function f121(x) { return x + 121; }
function f122(x) { return x + 122; }
function f123(x) { return x + 123; }
function f124(x) { return x + 124; }
function f125(x) { return x + 125; }
function f126(x) { return x + 126; }
function f127(x) { return x + 127; }
function f128(x) { return x + 128; }
function f129(x) { return x + 129; }
function f130(x) { return x + 130; }
function f131(x) { return x + 131; }
function f132(x) { return x + 132; }
function f133(x) { return x + 133; }
function f134(x) { return x + 134; }
function f135(x) { return x + 135; }
function f136(x) { return x + 136; }
function f137(x) { return x + 137; }
function f138(x) { return x + 138; }
function f139(x) { return x + 139; }
function f140(x) { return x + 140; }
function f141(x) { return x + 141; }
function f142(x) { return x + 142; }
function f143(x) { return x + 143; }
function f144(x) { return x + 144; }
function f145(x) { return x + 145; }
function f146(x) { return x + 146; }
function f147(x) { return x + 147; }
function f148(x) { return x + 148; }
function f149(x) { return x + 149; }
function f150(x) { return x + 150; }
function f151(x) { return x + 151; }
function f152(x) { return x + 152; }
function f153(x) { return x + 153; }
function f154(x) { return x + 154; }
function f155(x) { return x + 155; }
function f156(x) { return x + 156; }
function f157(x) { return x + 157; }
function f158(x) { return x + 158; }
function f159(x) { return x + 159; }
function f160(x) { return x + 160; }
function f161(x) { return x + 161; }
function f162(x) { return x + 162; }
function f163(x) { return x + 163; }
function f164(x) { return x + 164; }
function f165(x) { return x + 165; }
function f166(x) { return x + 166; }
function f167(x) { return x + 167; }
function f168(x) { return x + 168; }
function f169(x) { return x + 169; }
function f170(x) { return x + 170; }
function f171(x) { return x + 171; }
function f172(x) { return x + 172; }
function f173(x) { return x + 173; }
function f174(x) { return x + 174; }
function f175(x) { return x + 175; }
function f176(x) { return x + 176; }
function f177(x) { return x + 177; }
function f178(x) { return x + 178; }
function f179(x) { return x + 179; }
function f180(x) { return x + 180; }
function f181(x) { return x + 181; }
function f182(x) { return x + 182; }
function f183(x) { return x + 183; }
function f184(x) { return x + 184; }
function f185(x) { return x + 185; }
function f186(x) { return x + 186; }
function f187(x) { return x + 187; }
function f188(x) { return x + 188; }
function f189(x) { return x + 189; }
function f190(x) { return x + 190; }
function f191(x) { return x + 191; }
function f192(x) { return x + 192; }
function f193(x) { return x + 193; }
function f194(x) { return x + 194; }
function f195(x) { return x + 195; }
function f196(x) { return x + 196; }
function f197(x) { return x + 197; }
function f198(x) { return x + 198; }
function f199(x) { return x + 199; }
function f200(x) { return x + 200; }
function f201(x) { return x + 201; }
function f202(x) { return x + 202; }
function f203(x) { return x + 203; }
function f204(x) { return x + 204; }
function f205(x) { return x + 205; }
function f206(x) { return x + 206; }
function f207(x) { return x + 207; }
function f208(x) { return x + 208; }
function f209(x) { return x + 209; }
function f210(x) { return x + 210; }
function f211(x) { return x + 211; }
function f212(x) { return x + 212; }
function f213(x) { return x + 213; }
function f214(x) { return x + 214; }
function f215(x) { return x + 215; }
function f216(x) { return x + 216; }
function f217(x) { return x + 217; }
function f218(x) { return x + 218; }
function f219(x) { return x + 219; }
function f220(x) { return x + 220; }
function f221(x) { return x + 221; }
function f222(x) { return x + 222; }
function f223(x) { return x + 223; }
function f224(x) { return x + 224; }
function f225(x) { return x + 225; }
function f226(x) { return x + 226; }
function f227(x) { return x + 227; }
function f228(x) { return x + 228; }
function f229(x) { return x + 229; }
function f230(x) { return x + 230; }
function f231(x) { return x + 231; }
function f232(x) { return x + 232; }
function f233(x) { return x + 233; }
function f234(x) { return x + 234; }
function f235(x) { return x + 235; }
function f236(x) { return x + 236; }
function f237(x) { return x + 237; }
function f238(x) { return x + 238; }
function f239(x) { return x + 239; }
function f240(x) { return x + 240; }
function f241(x) { return x + 241; }
function f242(x) { return x + 242; }
function f243(x) { return x + 243; }
function f244(x) { return x + 244; }
function f245(x) { return x + 245; }
function f246(x) { return x + 246; }
function f247(x) { return x + 247; }
function f248(x) { return x + 248; }
function f249(x) { return x + 249; }
function f250(x) { return x + 250; }
function f251(x) { return x + 251; }
function f252(x) { return x + 252; }
function f253(x) { return x + 253; }
function f254(x) { return x + 254; }
function f255(x) { return x + 255; }
function f256(x) { return x + 256; }
function f257(x) { return x + 257; }
function f258(x) { return x + 258; }
function f259(x) { return x + 259; }
function f260(x) { return x + 260; }
function f261(x) { return x + 261; }
function f262(x) { return x + 262; }
function f263(x) { return x + 263; }
function f264(x) { return x + 264; }
function f265(x) { return x + 265; }
function f266(x) { return x + 266; }
function f267(x) { return x + 267; }
function f268(x) { return x + 268; }
function f269(x) { return x + 269; }
function f270(x) { return x + 270; }
function f271(x) { return x + 271; }
function f272(x) { return x + 272; }
function f273(x) { return x + 273; }
function f274(x) { return x + 274; }
function f275(x) { return x + 275; }
function f276(x) { return x + 276; }
function f277(x) { return x + 277; }
function f278(x) { return x + 278; }
function f279(x) { return x + 279; }
function f280(x) { return x + 280; }
function f281(x) { return x + 281; }
function f282(x) { return x + 282; }
function f283(x) { return x + 283; }
function f284(x) { return x + 284; }
function f285(x) { return x + 285; }
function f286(x) { return x + 286; }
function f287(x) { return x + 287; }
function f288(x) { return x + 288; }
function f289(x) { return x + 289; }
function f290(x) { return x + 290; }
function f291(x) { return x + 291; }
function f292(x) { return x + 292; }
function f293(x) { return x + 293; }
function f294(x) { return x + 294; }
function f295(x) { return x + 295; }
function f296(x) { return x + 296; }
function f297(x) { return x + 297; }
function f298(x) { return x + 298; }
function f299(x) { return x + 299; }
function f300(x) { return x + 300; }
function f301(x) { return x + 301; }
function f302(x) { return x + 302; }
function f303(x) { return x + 303; }
function f304(x) { return x + 304; }
function f305(x) { return x + 305; }
function f306(x) { return x + 306; }
function f307(x) { return x + 307; }
function f308(x) { return x + 308; }
function f309(x) { return x + 309; }
function f310(x) { return x + 310; }
function f311(x) { return x + 311; }
function f312(x) { return x + 312; }
function f313(x) { return x + 313; }
function f314(x) { return x + 314; }
function f315(x) { return x + 315; }
function f316(x) { return x + 316; }
function f317(x) { return x + 317; }
function f318(x) { return x + 318; }
function f319(x) { return x + 319; }
function f320(x) { return x + 320; }
function f321(x) { return x + 321; }
function f322(x) { return x + 322; }
function f323(x) { return x + 323; }
function f324(x) { return x + 324; }
function f325(x) { return x + 325; }
function f326(x) { return x + 326; }
function f327(x) { return x + 327; }
function f328(x) { return x + 328; }
function f329(x) { return x + 329; }
function f330(x) { return x + 330; }
function f331(x) { return x + 331; }
function f332(x) { return x + 332; }
function f333(x) { return x + 333; }
function f334(x) { return x + 334; }
function f335(x) { return x + 335; }
function f336(x) { return x + 336; }
function f337(x) { return x + 337; }
function f338(x) { return x + 338; }
function f339(x) { return x + 339; }
function f340(x) { return x + 340; }
function f341(x) { return x + 341; }
function f342(x) { return x + 342; }
function f343(x) { return x + 343; }
function f344(x) { return x + 344; }
function f345(x) { return x + 345; }
function f346(x) { return x + 346; }
function f347(x) { return x + 347; }
function f348(x) { return x + 348; }
function f349(x) { return x + 349; }
function f350(x) { return x + 350; }
function f351(x) { return x + 351; }
function f352(x) { return x + 352; }
function f353(x) { return x + 353; }
function f354(x) { return x + 354; }
function f355(x) { return x + 355; }
function f356(x) { return x + 356; }
function f357(x) { return x + 357; }
function f358(x) { return x + 358; }
function f359(x) { return x + 359; }
function f360(x) { return x + 360; }
function f361(x) { return x + 361; }
function f362(x) { return x + 362; }
function f363(x) { return x + 363; }
function f364(x) { return x + 364; }
function f365(x) { return x + 365; }
function f366(x) { return x + 366; }
function f367(x) { return x + 367; }
function f368(x) { return x + 368; }
function f369(x) { return x + 369; }
function f370(x) { return x + 370; }
function f371(x) { return x + 371; }
function f372(x) { return x + 372; }
function f373(x) { return x + 373; }
function f374(x) { return x + 374; }
function f375(x) { return x + 375; }
function f376(x) { return x + 376; }
function f377(x) { return x + 377; }
function f378(x) { return x + 378; }
function f379(x) { return x + 379; }
function f380(x) { return x + 380; }
function f381(x) { return x + 381; }
function f382(x) { return x + 382; }
function f383(x) { return x + 383; }
function f384(x) { return x + 384; }
function f385(x) { return x + 385; }
function f386(x) { return x + 386; }
function f387(x) { return x + 387; }
function f388(x) { return x + 388; }
function f389(x) { return x + 389; }
function f390(x) { return x + 390; }
function f391(x) { return x + 391; }
function f392(x) { return x + 392; }
function f393(x) { return x + 393; }
function f394(x) { return x + 394; }
function f395(x) { return x + 395; }
function f396(x) { return x + 396; }
function f397(x) { return x + 397; }
function f398(x) { return x + 398; }
function f399(x) { return x + 399; }
function f400(x) { return x + 400; }
function f401(x) { return x + 401; }
function f402(x) { return x + 402; }
function f403(x) { return x + 403; }
function f404(x) { return x + 404; }
function f405(x) { return x + 405; }
function f406(x) { return x + 406; }
function f407(x) { return x + 407; }
function f408(x) { return x + 408; }
function f409(x) { return x + 409; }
function f410(x) { return x + 410; }
function f411(x) { return x + 411; }
function f412(x) { return x + 412; }
function f413(x) { return x + 413; }
function f414(x) { return x + 414; }
function f415(x) { return x + 415; }
function f416(x) { return x + 416; }
function f417(x) { return x + 417; }
function f418(x) { return x + 418; }
function f419(x) { return x + 419; }
function f420(x) { return x + 420; }
function f421(x) { return x + 421; }
function f422(x) { return x + 422; }
function f423(x) { return x + 423; }
function f424(x) { return x + 424; }
function f425(x) { return x + 425; }
function f426(x) { return x + 426; }
function f427(x) { return x + 427; }
function f428(x) { return x + 428; }
function f429(x) { return x + 429; }
function f430(x) { return x + 430; }
function f431(x) { return x + 431; }
function f432(x) { return x + 432; }
function f433(x) { return x + 433; }
function f434(x) { return x + 434; }
function f435(x) { return x + 435; }
function f436(x) { return x + 436; }
function f437(x) { return x + 437; }
function f438(x) { return x + 438; }
function f439(x) { return x + 439; }
function f440(x) { return x + 440; }
function f441(x) { return x + 441; }
function f442(x) { return x + 442; }
function f443(x) { return x + 443; }
function f444(x) { return x + 444; }
function f445(x) { return x + 445; }
function f446(x) { return x + 446; }
function f447(x) { return x + 447; }
function f448(x) { return x + 448; }
function f449(x) { return x + 449; }
function f450(x) { return x + 450; }
function f451(x) { return x + 451; }
function f452(x) { return x + 452; }
function f453(x) { return x + 453; }
function f454(x) { return x + 454; }
function f455(x) { return x + 455; }
function f456(x) { return x + 456; }
function f457(x) { return x + 457; }
function f458(x) { return x + 458; }
function f459(x) { return x + 459; }
function f460(x) { return x + 460; }
function f461(x) { return x + 461; }
function f462(x) { return x + 462; }
function f463(x) { return x + 463; }
function f464(x) { return x + 464; }
function f465(x) { return x + 465; }
function f466(x) { return x + 466; }
function f467(x) { return x + 467; }
function f468(x) { return x + 468; }
function f469(x) { return x + 469; }
function f470(x) { return x + 470; }
function f471(x) { return x + 471; }
function f472(x) { return x + 472; }
function f473(x) { return x + 473; }
function f474(x) { return x + 474; }
function f475(x) { return x + 475; }
function f476(x) { return x + 476; }
function f477(x) { return x + 477; }
function f478(x) { return x + 478; }
function f479(x) { return x + 479; }
function f480(x) { return x + 480; }
function f481(x) { return x + 481; }
function f482(x) { return x + 482; }
function f483(x) { return x + 483; }
function f484(x) { return x + 484; }
function f485(x) { return x + 485; }
function f486(x) { return x + 486; }
function f487(x) { return x + 487; }
function f488(x) { return x + 488; }
function f489(x) { return x + 489; }
function f490(x) { return x + 490; }
function f491(x) { return x + 491; }
function f492(x) { return x + 492; }
function f493(x) { return x + 493; }
function f494(x) { return x + 494; }
function f495(x) { return x + 495; }
function f496(x) { return x + 496; }
function f497(x) { return x + 497; }
function f498(x) { return x + 498; }
function f499(x) { return x + 499; }
function f500(x) { return x + 500; }
function f501(x) { return x + 501; }
function f502(x) { return x + 502; }
function f503(x) { return x + 503; }
function f504(x) { return x + 504; }
function f505(x) { return x + 505; }
function f506(x) { return x + 506; }
function f507(x) { return x + 507; }
function f508(x) { return x + 508; }
function f509(x) { return x + 509; }
function f510(x) { return x + 510; }
function f511(x) { return x + 511; }
function f512(x) { return x + 512; }
function f513(x) { return x + 513; }
function f514(x) { return x + 514; }
function f515(x) { return x + 515; }
function f516(x) { return x + 516; }
function f517(x) { return x + 517; }
function f518(x) { return x + 518; }
function f519(x) { return x + 519; }
function f520(x) { return x + 520; }
function f521(x) { return x + 521; }
function f522(x) { return x + 522; }
function f523(x) { return x + 523; }
function f524(x) { return x + 524; }
function f525(x) { return x + 525; }
function f526(x) { return x + 526; }
function f527(x) { return x + 527; }
function f528(x) { return x + 528; }
function f529(x) { return x + 529; }
function f530(x) { return x + 530; }
function f531(x) { return x + 531; }
function f532(x) { return x + 532; }
function f533(x) { return x + 533; }
function f534(x) { return x + 534; }
function f535(x) { return x + 535; }
function f536(x) { return x + 536; }
function f537(x) { return x + 537; }
function f538(x) { return x + 538; }
function f539(x) { return x + 539; }
function f540(x) { return x + 540; }
function f541(x) { return x + 541; }
function f542(x) { return x + 542; }
function f543(x) { return x + 543; }
function f544(x) { return x + 544; }
function f545(x) { return x + 545; }
function f546(x) { return x + 546; }
function f547(x) { return x + 547; }
function f548(x) { return x + 548; }
function f549(x) { return x + 549; }
function f550(x) { return x + 550; }
function f551(x) { return x + 551; }
function f552(x) { return x + 552; }
function f553(x) { return x + 553; }
function f554(x) { return x + 554; }
function f555(x) { return x + 555; }
function f556(x) { return x + 556; }
function f557(x) { return x + 557; }
function f558(x) { return x + 558; }
function f559(x) { return x + 559; }
function f560(x) { return x + 560; }
function f561(x) { return x + 561; }
function f562(x) { return x + 562; }
function f563(x) { return x + 563; }
function f564(x) { return x + 564; }
function f565(x) { return x + 565; }
function f566(x) { return x + 566; }
function f567(x) { return x + 567; }
function f568(x) { return x + 568; }
function f569(x) { return x + 569; }
function f570(x) { return x + 570; }
function f571(x) { return x + 571; }
function f572(x) { return x + 572; }
function f573(x) { return x + 573; }
function f574(x) { return x + 574; }
function f575(x) { return x + 575; }
function f576(x) { return x + 576; }
function f577(x) { return x + 577; }
function f578(x) { return x + 578; }
function f579(x) { return x + 579; }
function f580(x) { return x + 580; }
function f581(x) { return x + 581; }
function f582(x) { return x + 582; }
function f583(x) { return x + 583; }
function f584(x) { return x + 584; }
function f585(x) { return x + 585; }
function f586(x) { return x + 586; }
function f587(x) { return x + 587; }
function f588(x) { return x + 588; }
function f589(x) { return x + 589; }
function f590(x) { return x + 590; }
function f591(x) { return x + 591; }
function f592(x) { return x + 592; }
function f593(x) { return x + 593; }
function f594(x) { return x + 594; }
function f595(x) { return x + 595; }
function f596(x) { return x + 596; }
function f597(x) { return x + 597; }
function f598(x) { return x + 598; }
function f599(x) { return x + 599; }
function f600(x) { return x + 600; }
function f601(x) { return x + 601; }
function f602(x) { return x + 602; }
function f603(x) { return x + 603; }
function f604(x) { return x + 604; }
function f605(x) { return x + 605; }
function f606(x) { return x + 606; }
function f607(x) { return x + 607; }
function f608(x) { return x + 608; }
function f609(x) { return x + 609; }
function f610(x) { return x + 610; }
function f611(x) { return x + 611; }
function f612(x) { return x + 612; }
function f613(x) { return x + 613; }
function f614(x) { return x + 614; }
function f615(x) { return x + 615; }
function f616(x) { return x + 616; }
function f617(x) { return x + 617; }
function f618(x) { return x + 618; }
function f619(x) { return x + 619; }
function f620(x) { return x + 620; }
function f621(x) { return x + 621; }
function f622(x) { return x + 622; }
function f623(x) { return x + 623; }
function f624(x) { return x + 624; }
function f625(x) { return x + 625; }
function f626(x) { return x + 626; }
function f627(x) { return x + 627; }
function f628(x) { return x + 628; }
function f629(x) { return x + 629; }
function f630(x) { return x + 630; }
function f631(x) { return x + 631; }
function f632(x) { return x + 632; }
function f633(x) { return x + 633; }
function f634(x) { return x + 634; }
function f635(x) { return x + 635; }
function f636(x) { return x + 636; }
function f637(x) { return x + 637; }
function f638(x) { return x + 638; }
function f639(x) { return x + 639; }
function f640(x) { return x + 640; }
function f641(x) { return x + 641; }
function f642(x) { return x + 642; }
function f643(x) { return x + 643; }
function f644(x) { return x + 644; }
function f645(x) { return x + 645; }
function f646(x) { return x + 646; }
function f647(x) { return x + 647; }
function f648(x) { return x + 648; }
function f649(x) { return x + 649; }
function f650(x) { return x + 650; }
function f651(x) { return x + 651; }
function f652(x) { return x + 652; }
function f653(x) { return x + 653; }
function f654(x) { return x + 654; }
function f655(x) { return x + 655; }
function f656(x) { return x + 656; }
function f657(x) { return x + 657; }
function f658(x) { return x + 658; }
function f659(x) { return x + 659; }
function f660(x) { return x + 660; }
function f661(x) { return x + 661; }
function f662(x) { return x + 662; }
function f663(x) { return x + 663; }
function f664(x) { return x + 664; }
function f665(x) { return x + 665; }
function f666(x) { return x + 666; }
function f667(x) { return x + 667; }
function f668(x) { return x + 668; }
function f669(x) { return x + 669; }
function f670(x) { return x + 670; }
function f671(x) { return x + 671; }
function f672(x) { return x + 672; }
function f673(x) { return x + 673; }
function f674(x) { return x + 674; }
function f675(x) { return x + 675; }
function f676(x) { return x + 676; }
function f677(x) { return x + 677; }
function f678(x) { return x + 678; }
function f679(x) { return x + 679; }
function f680(x) { return x + 680; }
function f681(x) { return x + 681; }
function f682(x) { return x + 682; }
function f683(x) { return x + 683; }
function f684(x) { return x + 684; }
function f685(x) { return x + 685; }
function f686(x) { return x + 686; }
function f687(x) { return x + 687; }
function f688(x) { return x + 688; }
function f689(x) { return x + 689; }
function f690(x) { return x + 690; }
function f691(x) { return x + 691; }
function f692(x) { return x + 692; }
function f693(x) { return x + 693; }
function f694(x) { return x + 694; }
function f695(x) { return x + 695; }
function f696(x) { return x + 696; }
function f697(x) { return x + 697; }
function f698(x) { return x + 698; }
function f699(x) { return x + 699; }
function f700(x) { return x + 700; }
function f701(x) { return x + 701; }
function f702(x) { return x + 702; }
function f703(x) { return x + 703; }
function f704(x) { return x + 704; }
function f705(x) { return x + 705; }
function f706(x) { return x + 706; }
function f707(x) { return x + 707; }
function f708(x) { return x + 708; }
function f709(x) { return x + 709; }
function f710(x) { return x + 710; }
function f711(x) { return x + 711; }
function f712(x) { return x + 712; }
function f713(x) { return x + 713; }
function f714(x) { return x + 714; }
function f715(x) { return x + 715; }
function f716(x) { return x + 716; }
function f717(x) { return x + 717; }
function f718(x) { return x + 718; }
function f719(x) { return x + 719; }
function f720(x) { return x + 720; }
function f721(x) { return x + 721; }
function f722(x) { return x + 722; }
function f723(x) { return x + 723; }
function f724(x) { return x + 724; }
function f725(x) { return x + 725; }
function f726(x) { return x + 726; }
function f727(x) { return x + 727; }
function f728(x) { return x + 728; }
function f729(x) { return x + 729; }
function f730(x) { return x + 730; }
function f731(x) { return x + 731; }
function f732(x) { return x + 732; }
function f733(x) { return x + 733; }
function f734(x) { return x + 734; }
function f735(x) { return x + 735; }
function f736(x) { return x + 736; }
function f737(x) { return x + 737; }
function f738(x) { return x + 738; }
function f739(x) { return x + 739; }
function f740(x) { return x + 740; }
function f741(x) { return x + 741; }
function f742(x) { return x + 742; }
function f743(x) { return x + 743; }
function f744(x) { return x + 744; }
function f745(x) { return x + 745; }
function f746(x) { return x + 746; }
function f747(x) { return x + 747; }
function f748(x) { return x + 748; }
function f749(x) { return x + 749; }
function f750(x) { return x + 750; }
function f751(x) { return x + 751; }
function f752(x) { return x + 752; }
function f753(x) { return x + 753; }
function f754(x) { return x + 754; }
function f755(x) { return x + 755; }
function f756(x) { return x + 756; }
function f757(x) { return x + 757; }
function f758(x) { return x + 758; }
function f759(x) { return x + 759; }
function f760(x) { return x + 760; }
function f761(x) { return x + 761; }
function f762(x) { return x + 762; }
function f763(x) { return x + 763; }
function f764(x) { return x + 764; }
function f765(x) { return x + 765; }
function f766(x) { return x + 766; }
function f767(x) { return x + 767; }
function f768(x) { return x + 768; }
function f769(x) { return x + 769; }
function f770(x) { return x + 770; }
function f771(x) { return x + 771; }
function f772(x) { return x + 772; }
function f773(x) { return x + 773; }
function f774(x) { return x + 774; }
function f775(x) { return x + 775; }
function f776(x) { return x + 776; }
function f777(x) { return x + 777; }
function f778(x) { return x + 778; }
function f779(x) { return x + 779; }
function f780(x) { return x + 780; }
function f781(x) { return x + 781; }
function f782(x) { return x + 782; }
function f783(x) { return x + 783; }
function f784(x) { return x + 784; }
function f785(x) { return x + 785; }
function f786(x) { return x + 786; }
function f787(x) { return x + 787; }
function f788(x) { return x + 788; }
function f789(x) { return x + 789; }
function f790(x) { return x + 790; }
function f791(x) { return x + 791; }
function f792(x) { return x + 792; }
function f793(x) { return x + 793; }
function f794(x) { return x + 794; }
function f795(x) { return x + 795; }
function f796(x) { return x + 796; }
function f797(x) { return x + 797; }
function f798(x) { return x + 798; }
function f799(x) { return x + 799; }
function f800(x) { return x + 800; }
function f801(x) { return x + 801; }
function f802(x) { return x + 802; }
function f803(x) { return x + 803; }
function f804(x) { return x + 804; }
function f805(x) { return x + 805; }
function f806(x) { return x + 806; }
function f807(x) { return x + 807; }
function f808(x) { return x + 808; }
function f809(x) { return x + 809; }
function f810(x) { return x + 810; }
function f811(x) { return x + 811; }
function f812(x) { return x + 812; }
function f813(x) { return x + 813; }
function f814(x) { return x + 814; }
function f815(x) { return x + 815; }
function f816(x) { return x + 816; }
function f817(x) { return x + 817; }
function f818(x) { return x + 818; }
function f819(x) { return x + 819; }
function f820(x) { return x + 820; }
function f821(x) { return x + 821; }
function f822(x) { return x + 822; }
function f823(x) { return x + 823; }
function f824(x) { return x + 824; }
function f825(x) { return x + 825; }
function f826(x) { return x + 826; }
function f827(x) { return x + 827; }
function f828(x) { return x + 828; }
function f829(x) { return x + 829; }
function f830(x) { return x + 830; }
function f831(x) { return x + 831; }
function f832(x) { return x + 832; }
function f833(x) { return x + 833; }
function f834(x) { return x + 834; }
function f835(x) { return x + 835; }
function f836(x) { return x + 836; }
function f837(x) { return x + 837; }
function f838(x) { return x + 838; }
function f839(x) { return x + 839; }
function f840(x) { return x + 840; }
function f841(x) { return x + 841; }
function f842(x) { return x + 842; }
function f843(x) { return x + 843; }
function f844(x) { return x + 844; }
function f845(x) { return x + 845; }
function f846(x) { return x + 846; }
function f847(x) { return x + 847; }
function f848(x) { return x + 848; }
function f849(x) { return x + 849; }
function f850(x) { return x + 850; }
function f851(x) { return x + 851; }
function f852(x) { return x + 852; }
function f853(x) { return x + 853; }
function f854(x) { return x + 854; }
function f855(x) { return x + 855; }
function f856(x) { return x + 856; }
function f857(x) { return x + 857; }
function f858(x) { return x + 858; }
function f859(x) { return x + 859; }
function f860(x) { return x + 860; }
function f861(x) { return x + 861; }
function f862(x) { return x + 862; }
function f863(x) { return x + 863; }
function f864(x) { return x + 864; }
function f865(x) { return x + 865; }
function f866(x) { return x + 866; }
function f867(x) { return x + 867; }
function f868(x) { return x + 868; }
function f869(x) { return x + 869; }
function f870(x) { return x + 870; }
function f871(x) { return x + 871; }
function f872(x) { return x + 872; }
function f873(x) { return x + 873; }
function f874(x) { return x + 874; }
function f875(x) { return x + 875; }
function f876(x) { return x + 876; }
function f877(x) { return x + 877; }
function f878(x) { return x + 878; }
function f879(x) { return x + 879; }
function f880(x) { return x + 880; }
function f881(x) { return x + 881; }
function f882(x) { return x + 882; }
function f883(x) { return x + 883; }
function f884(x) { return x + 884; }
function f885(x) { return x + 885; }
function f886(x) { return x + 886; }
function f887(x) { return x + 887; }
function f888(x) { return x + 888; }
function f889(x) { return x + 889; }
function f890(x) { return x + 890; }
function f891(x) { return x + 891; }
function f892(x) { return x + 892; }
function f893(x) { return x + 893; }
function f894(x) { return x + 894; }
function f895(x) { return x + 895; }
function f896(x) { return x + 896; }
function f897(x) { return x + 897; }
function f898(x) { return x + 898; }
function f899(x) { return x + 899; }
function f900(x) { return x + 900; }
function f901(x) { return x + 901; }
function f902(x) { return x + 902; }
function f903(x) { return x + 903; }
function f904(x) { return x + 904; }
function f905(x) { return x + 905; }
function f906(x) { return x + 906; }
function f907(x) { return x + 907; }
function f908(x) { return x + 908; }
function f909(x) { return x + 909; }
function f910(x) { return x + 910; }
function f911(x) { return x + 911; }
function f912(x) { return x + 912; }
function f913(x) { return x + 913; }
function f914(x) { return x + 914; }
function f915(x) { return x + 915; }
function f916(x) { return x + 916; }
function f917(x) { return x + 917; }
function f918(x) { return x + 918; }
function f919(x) { return x + 919; }
function f920(x) { return x + 920; }
function f921(x) { return x + 921; }
function f922(x) { return x + 922; }
function f923(x) { return x + 923; }
function f924(x) { return x + 924; }
function f925(x) { return x + 925; }
function f926(x) { return x + 926; }
function f927(x) { return x + 927; }
function f928(x) { return x + 928; }
function f929(x) { return x + 929; }
function f930(x) { return x + 930; }
function f931(x) { return x + 931; }
function f932(x) { return x + 932; }
function f933(x) { return x + 933; }
function f934(x) { return x + 934; }
function f935(x) { return x + 935; }
function f936(x) { return x + 936; }
function f937(x) { return x + 937; }
function f938(x) { return x + 938; }
function f939(x) { return x + 939; }
function f940(x) { return x + 940; }
function f941(x) { return x + 941; }
function f942(x) { return x + 942; }
function f943(x) { return x + 943; }
function f944(x) { return x + 944; }
function f945(x) { return x + 945; }
function f946(x) { return x + 946; }
function f947(x) { return x + 947; }
function f948(x) { return x + 948; }
function f949(x) { return x + 949; }
function f950(x) { return x + 950; }
function f951(x) { return x + 951; }
function f952(x) { return x + 952; }
function f953(x) { return x + 953; }
function f954(x) { return x + 954; }
function f955(x) { return x + 955; }
function f956(x) { return x + 956; }
function f957(x) { return x + 957; }
function f958(x) { return x + 958; }
function f959(x) { return x + 959; }
function f960(x) { return x + 960; }
function f961(x) { return x + 961; }
function f962(x) { return x + 962; }
function f963(x) { return x + 963; }
function f964(x) { return x + 964; }
function f965(x) { return x + 965; }
function f966(x) { return x + 966; }
function f967(x) { return x + 967; }
function f968(x) { return x + 968; }
function f969(x) { return x + 969; }
function f970(x) { return x + 970; }
function f971(x) { return x + 971; }
function f972(x) { return x + 972; }
function f973(x) { return x + 973; }
function f974(x) { return x + 974; }
function f975(x) { return x + 975; }
function f976(x) { return x + 976; }
function f977(x) { return x + 977; }
function f978(x) { return x + 978; }
function f979(x) { return x + 979; }
function f980(x) { return x + 980; }
function f981(x) { return x + 981; }
function f982(x) { return x + 982; }
function f983(x) { return x + 983; }
function f984(x) { return x + 984; }
function f985(x) { return x + 985; }
function f986(x) { return x + 986; }
function f987(x) { return x + 987; }
function f988(x) { return x + 988; }
function f989(x) { return x + 989; }
function f990(x) { return x + 990; }
function f991(x) { return x + 991; }
function f992(x) { return x + 992; }
function f993(x) { return x + 993; }
function f994(x) { return x + 994; }
function f995(x) { return x + 995; }
function f996(x) { return x + 996; }
function f997(x) { return x + 997; }
function f998(x) { return x + 998; }
function f999(x) { return x + 999; }
function f1000(x) { return x + 1000; }
function f1001(x) { return x + 1001; }
function f1002(x) { return x + 1002; }
function f1003(x) { return x + 1003; }
function f1004(x) { return x + 1004; }
function f1005(x) { return x + 1005; }
function f1006(x) { return x + 1006; }
function f1007(x) { return x + 1007; }
function f1008(x) { return x + 1008; }
function f1009(x) { return x + 1009; }
function f1010(x) { return x + 1010; }
function f1011(x) { return x + 1011; }
function f1012(x) { return x + 1012; }
function f1013(x) { return x + 1013; }
function f1014(x) { return x + 1014; }
function f1015(x) { return x + 1015; }
function f1016(x) { return x + 1016; }
function f1017(x) { return x + 1017; }
function f1018(x) { return x + 1018; }
function f1019(x) { return x + 1019; }
function f1020(x) { return x + 1020; }
function f1021(x) { return x + 1021; }
function f1022(x) { return x + 1022; }
function f1023(x) { return x + 1023; }
function f1024(x) { return x + 1024; }
function f1025(x) { return x + 1025; }
function f1026(x) { return x + 1026; }
function f1027(x) { return x + 1027; }
function f1028(x) { return x + 1028; }
function f1029(x) { return x + 1029; }
function f1030(x) { return x + 1030; }
function f1031(x) { return x + 1031; }
function f1032(x) { return x + 1032; }
function f1033(x) { return x + 1033; }
function f1034(x) { return x + 1034; }
function f1035(x) { return x + 1035; }
function f1036(x) { return x + 1036; }
function f1037(x) { return x + 1037; }
function f1038(x) { return x + 1038; }
function f1039(x) { return x + 1039; }
function f1040(x) { return x + 1040; }
function f1041(x) { return x + 1041; }
function f1042(x) { return x + 1042; }
function f1043(x) { return x + 1043; }
function f1044(x) { return x + 1044; }
function f1045(x) { return x + 1045; }
function f1046(x) { return x + 1046; }
function f1047(x) { return x + 1047; }
function f1048(x) { return x + 1048; }
function f1049(x) { return x + 1049; }
function f1050(x) { return x + 1050; }
function f1051(x) { return x + 1051; }
function f1052(x) { return x + 1052; }
function f1053(x) { return x + 1053; }
function f1054(x) { return x + 1054; }
function f1055(x) { return x + 1055; }
function f1056(x) { return x + 1056; }
function f1057(x) { return x + 1057; }
function f1058(x) { return x + 1058; }
function f1059(x) { return x + 1059; }
function f1060(x) { return x + 1060; }
function f1061(x) { return x + 1061; }
function f1062(x) { return x + 1062; }
function f1063(x) { return x + 1063; }
function f1064(x) { return x + 1064; }
function f1065(x) { return x + 1065; }
function f1066(x) { return x + 1066; }
function f1067(x) { return x + 1067; }
function f1068(x) { return x + 1068; }
function f1069(x) { return x + 1069; }
function f1070(x) { return x + 1070; }
function f1071(x) { return x + 1071; }
function f1072(x) { return x + 1072; }
function f1073(x) { return x + 1073; }
function f1074(x) { return x + 1074; }
function f1075(x) { return x + 1075; }
function f1076(x) { return x + 1076; }
function f1077(x) { return x + 1077; }
function f1078(x) { return x + 1078; }
function f1079(x) { return x + 1079; }
function f1080(x) { return x + 1080; }
function f1081(x) { return x + 1081; }
function f1082(x) { return x + 1082; }
function f1083(x) { return x + 1083; }
function f1084(x) { return x + 1084; }
function f1085(x) { return x + 1085; }
function f1086(x) { return x + 1086; }
function f1087(x) { return x + 1087; }
function f1088(x) { return x + 1088; }
function f1089(x) { return x + 1089; }
function f1090(x) { return x + 1090; }
function f1091(x) { return x + 1091; }
function f1092(x) { return x + 1092; }
function f1093(x) { return x + 1093; }
function f1094(x) { return x + 1094; }
function f1095(x) { return x + 1095; }
function f1096(x) { return x + 1096; }
function f1097(x) { return x + 1097; }
function f1098(x) { return x + 1098; }
function f1099(x) { return x + 1099; }
function f1100(x) { return x + 1100; }
function f1101(x) { return x + 1101; }
function f1102(x) { return x + 1102; }
function f1103(x) { return x + 1103; }
function f1104(x) { return x + 1104; }
function f1105(x) { return x + 1105; }
function f1106(x) { return x + 1106; }
function f1107(x) { return x + 1107; }
function f1108(x) { return x + 1108; }
function f1109(x) { return x + 1109; }
function f1110(x) { return x + 1110; }
function f1111(x) { return x + 1111; }
function f1112(x) { return x + 1112; }
function f1113(x) { return x + 1113; }
function f1114(x) { return x + 1114; }
function f1115(x) { return x + 1115; }
function f1116(x) { return x + 1116; }
function f1117(x) { return x + 1117; }
function f1118(x) { return x + 1118; }
function f1119(x) { return x + 1119; }
function f1120(x) { return x + 1120; }
function f1121(x) { return x + 1121; }
function f1122(x) { return x + 1122; }
function f1123(x) { return x + 1123; }
function f1124(x) { return x + 1124; }
function f1125(x) { return x + 1125; }
function f1126(x) { return x + 1126; }
function f1127(x) { return x + 1127; }
function f1128(x) { return x + 1128; }
function f1129(x) { return x + 1129; }
function f1130(x) { return x + 1130; }
function f1131(x) { return x + 1131; }
function f1132(x) { return x + 1132; }
function f1133(x) { return x + 1133; }
function f1134(x) { return x + 1134; }
function f1135(x) { return x + 1135; }
function f1136(x) { return x + 1136; }
function f1137(x) { return x + 1137; }
function f1138(x) { return x + 1138; }
function f1139(x) { return x + 1139; }
function f1140(x) { return x + 1140; }
function f1141(x) { return x + 1141; }
function f1142(x) { return x + 1142; }
function f1143(x) { return x + 1143; }
function f1144(x) { return x + 1144; }
function f1145(x) { return x + 1145; }
function f1146(x) { return x + 1146; }
function f1147(x) { return x + 1147; }
function f1148(x) { return x + 1148; }
function f1149(x) { return x + 1149; }
function f1150(x) { return x + 1150; }
function f1151(x) { return x + 1151; }
function f1152(x) { return x + 1152; }
function f1153(x) { return x + 1153; }
function f1154(x) { return x + 1154; }
function f1155(x) { return x + 1155; }
function f1156(x) { return x + 1156; }
function f1157(x) { return x + 1157; }
function f1158(x) { return x + 1158; }
function f1159(x) { return x + 1159; }
function f1160(x) { return x + 1160; }
function f1161(x) { return x + 1161; }
function f1162(x) { return x + 1162; }
function f1163(x) { return x + 1163; }
function f1164(x) { return x + 1164; }
function f1165(x) { return x + 1165; }
function f1166(x) { return x + 1166; }
function f1167(x) { return x + 1167; }
function f1168(x) { return x + 1168; }
function f1169(x) { return x + 1169; }
function f1170(x) { return x + 1170; }
function f1171(x) { return x + 1171; }
function f1172(x) { return x + 1172; }
function f1173(x) { return x + 1173; }
function f1174(x) { return x + 1174; }
function f1175(x) { return x + 1175; }
function f1176(x) { return x + 1176; }
function f1177(x) { return x + 1177; }
function f1178(x) { return x + 1178; }
function f1179(x) { return x + 1179; }
function f1180(x) { return x + 1180; }
function f1181(x) { return x + 1181; }
function f1182(x) { return x + 1182; }
function f1183(x) { return x + 1183; }
function f1184(x) { return x + 1184; }
function f1185(x) { return x + 1185; }
function f1186(x) { return x + 1186; }
function f1187(x) { return x + 1187; }
function f1188(x) { return x + 1188; }
function f1189(x) { return x + 1189; }
function f1190(x) { return x + 1190; }
function f1191(x) { return x + 1191; }
function f1192(x) { return x + 1192; }
function f1193(x) { return x + 1193; }
function f1194(x) { return x + 1194; }
function f1195(x) { return x + 1195; }
function f1196(x) { return x + 1196; }
function f1197(x) { return x + 1197; }
function f1198(x) { return x + 1198; }
function f1199(x) { return x + 1199; }
function f1200(x) { return x + 1200; }
function f1201(x) { return x + 1201; }
function f1202(x) { return x + 1202; }
function f1203(x) { return x + 1203; }
function f1204(x) { return x + 1204; }
function f1205(x) { return x + 1205; }
function f1206(x) { return x + 1206; }
function f1207(x) { return x + 1207; }
function f1208(x) { return x + 1208; }
function f1209(x) { return x + 1209; }
function f1210(x) { return x + 1210; }
function f1211(x) { return x + 1211; }
function f1212(x) { return x + 1212; }
function f1213(x) { return x + 1213; }
function f1214(x) { return x + 1214; }
function f1215(x) { return x + 1215; }
function f1216(x) { return x + 1216; }
function f1217(x) { return x + 1217; }
function f1218(x) { return x + 1218; }
function f1219(x) { return x + 1219; }
function f1220(x) { return x + 1220; }
function f1221(x) { return x + 1221; }
function f1222(x) { return x + 1222; }
function f1223(x) { return x + 1223; }
function f1224(x) { return x + 1224; }
function f1225(x) { return x + 1225; }
function f1226(x) { return x + 1226; }
function f1227(x) { return x + 1227; }
function f1228(x) { return x + 1228; }
function f1229(x) { return x + 1229; }
function f1230(x) { return x + 1230; }
function f1231(x) { return x + 1231; }
function f1232(x) { return x + 1232; }
function f1233(x) { return x + 1233; }
function f1234(x) { return x + 1234; }
function f1235(x) { return x + 1235; }
function f1236(x) { return x + 1236; }
function f1237(x) { return x + 1237; }
function f1238(x) { return x + 1238; }
function f1239(x) { return x + 1239; }
function f1240(x) { return x + 1240; }
function f1241(x) { return x + 1241; }
function f1242(x) { return x + 1242; }
function f1243(x) { return x + 1243; }
function f1244(x) { return x + 1244; }
function f1245(x) { return x + 1245; }
function f1246(x) { return x + 1246; }
function f1247(x) { return x + 1247; }
function f1248(x) { return x + 1248; }
function f1249(x) { return x + 1249; }
function f1250(x) { return x + 1250; }
function f1251(x) { return x + 1251; }
function f1252(x) { return x + 1252; }
function f1253(x) { return x + 1253; }
function f1254(x) { return x + 1254; }
function f1255(x) { return x + 1255; }
function f1256(x) { return x + 1256; }
function f1257(x) { return x + 1257; }
function f1258(x) { return x + 1258; }
function f1259(x) { return x + 1259; }
function f1260(x) { return x + 1260; }
function f1261(x) { return x + 1261; }
function f1262(x) { return x + 1262; }
function f1263(x) { return x + 1263; }
function f1264(x) { return x + 1264; }
function f1265(x) { return x + 1265; }
function f1266(x) { return x + 1266; }
function f1267(x) { return x + 1267; }
function f1268(x) { return x + 1268; }
function f1269(x) { return x + 1269; }
function f1270(x) { return x + 1270; }
function f1271(x) { return x + 1271; }
function f1272(x) { return x + 1272; }
function f1273(x) { return x + 1273; }
function f1274(x) { return x + 1274; }
function f1275(x) { return x + 1275; }
function f1276(x) { return x + 1276; }
function f1277(x) { return x + 1277; }
function f1278(x) { return x + 1278; }
function f1279(x) { return x + 1279; }
function f1280(x) { return x + 1280; }
function f1281(x) { return x + 1281; }
function f1282(x) { return x + 1282; }
function f1283(x) { return x + 1283; }
function f1284(x) { return x + 1284; }
function f1285(x) { return x + 1285; }
function f1286(x) { return x + 1286; }
function f1287(x) { return x + 1287; }
function f1288(x) { return x + 1288; }
function f1289(x) { return x + 1289; }
function f1290(x) { return x + 1290; }
function f1291(x) { return x + 1291; }
function f1292(x) { return x + 1292; }
function f1293(x) { return x + 1293; }
function f1294(x) { return x + 1294; }
function f1295(x) { return x + 1295; }
function f1296(x) { return x + 1296; }
function f1297(x) { return x + 1297; }
function f1298(x) { return x + 1298; }
function f1299(x) { return x + 1299; }
function f1300(x) { return x + 1300; }
function f1301(x) { return x + 1301; }
function f1302(x) { return x + 1302; }
function f1303(x) { return x + 1303; }
function f1304(x) { return x + 1304; }
function f1305(x) { return x + 1305; }
function f1306(x) { return x + 1306; }
function f1307(x) { return x + 1307; }
function f1308(x) { return x + 1308; }
function f1309(x) { return x + 1309; }
function f1310(x) { return x + 1310; }
function f1311(x) { return x + 1311; }
function f1312(x) { return x + 1312; }
function f1313(x) { return x + 1313; }
function f1314(x) { return x + 1314; }
function f1315(x) { return x + 1315; }
function f1316(x) { return x + 1316; }
function f1317(x) { return x + 1317; }
function f1318(x) { return x + 1318; }
function f1319(x) { return x + 1319; }
function f1320(x) { return x + 1320; }
function f1321(x) { return x + 1321; }
function f1322(x) { return x + 1322; }
function f1323(x) { return x + 1323; }
function f1324(x) { return x + 1324; }
function f1325(x) { return x + 1325; }
function f1326(x) { return x + 1326; }
function f1327(x) { return x + 1327; }
function f1328(x) { return x + 1328; }
function f1329(x) { return x + 1329; }
function f1330(x) { return x + 1330; }
function f1331(x) { return x + 1331; }
function f1332(x) { return x + 1332; }
function f1333(x) { return x + 1333; }
function f1334(x) { return x + 1334; }
function f1335(x) { return x + 1335; }
function f1336(x) { return x + 1336; }
function f1337(x) { return x + 1337; }
function f1338(x) { return x + 1338; }
function f1339(x) { return x + 1339; }
function f1340(x) { return x + 1340; }
function f1341(x) { return x + 1341; }
function f1342(x) { return x + 1342; }
function f1343(x) { return x + 1343; }
function f1344(x) { return x + 1344; }
function f1345(x) { return x + 1345; }
function f1346(x) { return x + 1346; }
function f1347(x) { return x + 1347; }
function f1348(x) { return x + 1348; }
function f1349(x) { return x + 1349; }
function f1350(x) { return x + 1350; }
function f1351(x) { return x + 1351; }
function f1352(x) { return x + 1352; }
function f1353(x) { return x + 1353; }
function f1354(x) { return x + 1354; }
function f1355(x) { return x + 1355; }
function f1356(x) { return x + 1356; }
function f1357(x) { return x + 1357; }
function f1358(x) { return x + 1358; }
function f1359(x) { return x + 1359; }
function f1360(x) { return x + 1360; }
function f1361(x) { return x + 1361; }
function f1362(x) { return x + 1362; }
function f1363(x) { return x + 1363; }
function f1364(x) { return x + 1364; }
function f1365(x) { return x + 1365; }
function f1366(x) { return x + 1366; }
function f1367(x) { return x + 1367; }
function f1368(x) { return x + 1368; }
function f1369(x) { return x + 1369; }
function f1370(x) { return x + 1370; }
function f1371(x) { return x + 1371; }
function f1372(x) { return x + 1372; }
function f1373(x) { return x + 1373; }
function f1374(x) { return x + 1374; }
function f1375(x) { return x + 1375; }
function f1376(x) { return x + 1376; }
function f1377(x) { return x + 1377; }
function f1378(x) { return x + 1378; }
function f1379(x) { return x + 1379; }
function f1380(x) { return x + 1380; }
function f1381(x) { return x + 1381; }
function f1382(x) { return x + 1382; }
function f1383(x) { return x + 1383; }
function f1384(x) { return x + 1384; }
function f1385(x) { return x + 1385; }
function f1386(x) { return x + 1386; }
function f1387(x) { return x + 1387; }
function f1388(x) { return x + 1388; }
function f1389(x) { return x + 1389; }
function f1390(x) { return x + 1390; }
function f1391(x) { return x + 1391; }
function f1392(x) { return x + 1392; }
function f1393(x) { return x + 1393; }
function f1394(x) { return x + 1394; }
function f1395(x) { return x + 1395; }
function f1396(x) { return x + 1396; }
function f1397(x) { return x + 1397; }
function f1398(x) { return x + 1398; }
function f1399(x) { return x + 1399; }
function f1400(x) { return x + 1400; }
function f1401(x) { return x + 1401; }
function f1402(x) { return x + 1402; }
function f1403(x) { return x + 1403; }
function f1404(x) { return x + 1404; }
function f1405(x) { return x + 1405; }
function f1406(x) { return x + 1406; }
function f1407(x) { return x + 1407; }
function f1408(x) { return x + 1408; }
function f1409(x) { return x + 1409; }
function f1410(x) { return x + 1410; }
function f1411(x) { return x + 1411; }
function f1412(x) { return x + 1412; }
function f1413(x) { return x + 1413; }
function f1414(x) { return x + 1414; }
function f1415(x) { return x + 1415; }
function f1416(x) { return x + 1416; }
function f1417(x) { return x + 1417; }
function f1418(x) { return x + 1418; }
function f1419(x) { return x + 1419; }
function f1420(x) { return x + 1420; }
function f1421(x) { return x + 1421; }
function f1422(x) { return x + 1422; }
function f1423(x) { return x + 1423; }
function f1424(x) { return x + 1424; }
function f1425(x) { return x + 1425; }
function f1426(x) { return x + 1426; }
function f1427(x) { return x + 1427; }
function f1428(x) { return x + 1428; }
function f1429(x) { return x + 1429; }
function f1430(x) { return x + 1430; }
function f1431(x) { return x + 1431; }
function f1432(x) { return x + 1432; }
function f1433(x) { return x + 1433; }
function f1434(x) { return x + 1434; }
function f1435(x) { return x + 1435; }
function f1436(x) { return x + 1436; }
function f1437(x) { return x + 1437; }
function f1438(x) { return x + 1438; }
function f1439(x) { return x + 1439; }
function f1440(x) { return x + 1440; }
function f1441(x) { return x + 1441; }
function f1442(x) { return x + 1442; }
function f1443(x) { return x + 1443; }
function f1444(x) { return x + 1444; }
function f1445(x) { return x + 1445; }
function f1446(x) { return x + 1446; }
function f1447(x) { return x + 1447; }
function f1448(x) { return x + 1448; }
function f1449(x) { return x + 1449; }
function f1450(x) { return x + 1450; }
function f1451(x) { return x + 1451; }
function f1452(x) { return x + 1452; }
function f1453(x) { return x + 1453; }
function f1454(x) { return x + 1454; }
function f1455(x) { return x + 1455; }
function f1456(x) { return x + 1456; }
function f1457(x) { return x + 1457; }
function f1458(x) { return x + 1458; }
function f1459(x) { return x + 1459; }
function f1460(x) { return x + 1460; }
function f1461(x) { return x + 1461; }
function f1462(x) { return x + 1462; }
function f1463(x) { return x + 1463; }
function f1464(x) { return x + 1464; }
function f1465(x) { return x + 1465; }
function f1466(x) { return x + 1466; }
function f1467(x) { return x + 1467; }
function f1468(x) { return x + 1468; }
function f1469(x) { return x + 1469; }
function f1470(x) { return x + 1470; }
function f1471(x) { return x + 1471; }
function f1472(x) { return x + 1472; }
function f1473(x) { return x + 1473; }
function f1474(x) { return x + 1474; }
function f1475(x) { return x + 1475; }
function f1476(x) { return x + 1476; }
function f1477(x) { return x + 1477; }
function f1478(x) { return x + 1478; }
function f1479(x) { return x + 1479; }
function f1480(x) { return x + 1480; }
function f1481(x) { return x + 1481; }
function f1482(x) { return x + 1482; }
function f1483(x) { return x + 1483; }
function f1484(x) { return x + 1484; }
function f1485(x) { return x + 1485; }
function f1486(x) { return x + 1486; }
function f1487(x) { return x + 1487; }
function f1488(x) { return x + 1488; }
function f1489(x) { return x + 1489; }
function f1490(x) { return x + 1490; }
function f1491(x) { return x + 1491; }
function f1492(x) { return x + 1492; }
function f1493(x) { return x + 1493; }
function f1494(x) { return x + 1494; }
function f1495(x) { return x + 1495; }
function f1496(x) { return x + 1496; }
function f1497(x) { return x + 1497; }
function f1498(x) { return x + 1498; }
function f1499(x) { return x + 1499; }
function f1500(x) { return x + 1500; }
function f1501(x) { return x + 1501; }
function f1502(x) { return x + 1502; }
function f1503(x) { return x + 1503; }
function f1504(x) { return x + 1504; }
function f1505(x) { return x + 1505; }
function f1506(x) { return x + 1506; }
function f1507(x) { return x + 1507; }
function f1508(x) { return x + 1508; }
function f1509(x) { return x + 1509; }
function f1510(x) { return x + 1510; }
function f1511(x) { return x + 1511; }
function f1512(x) { return x + 1512; }
function f1513(x) { return x + 1513; }
function f1514(x) { return x + 1514; }
function f1515(x) { return x + 1515; }
function f1516(x) { return x + 1516; }
function f1517(x) { return x + 1517; }
function f1518(x) { return x + 1518; }
function f1519(x) { return x + 1519; }
function f1520(x) { return x + 1520; }
function f1521(x) { return x + 1521; }
function f1522(x) { return x + 1522; }
function f1523(x) { return x + 1523; }
function f1524(x) { return x + 1524; }
function f1525(x) { return x + 1525; }
function f1526(x) { return x + 1526; }
function f1527(x) { return x + 1527; }
function f1528(x) { return x + 1528; }
function f1529(x) { return x + 1529; }
function f1530(x) { return x + 1530; }
function f1531(x) { return x + 1531; }
function f1532(x) { return x + 1532; }
function f1533(x) { return x + 1533; }
function f1534(x) { return x + 1534; }
function f1535(x) { return x + 1535; }
function f1536(x) { return x + 1536; }
function f1537(x) { return x + 1537; }
function f1538(x) { return x + 1538; }
function f1539(x) { return x + 1539; }
function f1540(x) { return x + 1540; }
function f1541(x) { return x + 1541; }
function f1542(x) { return x + 1542; }
function f1543(x) { return x + 1543; }
function f1544(x) { return x + 1544; }
function f1545(x) { return x + 1545; }
function f1546(x) { return x + 1546; }
function f1547(x) { return x + 1547; }
function f1548(x) { return x + 1548; }
function f1549(x) { return x + 1549; }
function f1550(x) { return x + 1550; }
function f1551(x) { return x + 1551; }
function f1552(x) { return x + 1552; }
function f1553(x) { return x + 1553; }
function f1554(x) { return x + 1554; }
function f1555(x) { return x + 1555; }
function f1556(x) { return x + 1556; }
function f1557(x) { return x + 1557; }
function f1558(x) { return x + 1558; }
function f1559(x) { return x + 1559; }
function f1560(x) { return x + 1560; }
function f1561(x) { return x + 1561; }
function f1562(x) { return x + 1562; }
function f1563(x) { return x + 1563; }
function f1564(x) { return x + 1564; }
function f1565(x) { return x + 1565; }
function f1566(x) { return x + 1566; }
function f1567(x) { return x + 1567; }
function f1568(x) { return x + 1568; }
function f1569(x) { return x + 1569; }
function f1570(x) { return x + 1570; }
function f1571(x) { return x + 1571; }
function f1572(x) { return x + 1572; }
function f1573(x) { return x + 1573; }
function f1574(x) { return x + 1574; }
function f1575(x) { return x + 1575; }
function f1576(x) { return x + 1576; }
function f1577(x) { return x + 1577; }
function f1578(x) { return x + 1578; }
function f1579(x) { return x + 1579; }
function f1580(x) { return x + 1580; }
function f1581(x) { return x + 1581; }
function f1582(x) { return x + 1582; }
function f1583(x) { return x + 1583; }
function f1584(x) { return x + 1584; }
function f1585(x) { return x + 1585; }
function f1586(x) { return x + 1586; }
function f1587(x) { return x + 1587; }
function f1588(x) { return x + 1588; }
function f1589(x) { return x + 1589; }
function f1590(x) { return x + 1590; }
function f1591(x) { return x + 1591; }
function f1592(x) { return x + 1592; }
function f1593(x) { return x + 1593; }
function f1594(x) { return x + 1594; }
function f1595(x) { return x + 1595; }
function f1596(x) { return x + 1596; }
function f1597(x) { return x + 1597; }
function f1598(x) { return x + 1598; }
function f1599(x) { return x + 1599; }
function f1600(x) { return x + 1600; }
function f1601(x) { return x + 1601; }
function f1602(x) { return x + 1602; }
function f1603(x) { return x + 1603; }
function f1604(x) { return x + 1604; }
function f1605(x) { return x + 1605; }
function f1606(x) { return x + 1606; }
function f1607(x) { return x + 1607; }
function f1608(x) { return x + 1608; }
function f1609(x) { return x + 1609; }
function f1610(x) { return x + 1610; }
function f1611(x) { return x + 1611; }
function f1612(x) { return x + 1612; }
function f1613(x) { return x + 1613; }
function f1614(x) { return x + 1614; }
function f1615(x) { return x + 1615; }
function f1616(x) { return x + 1616; }
function f1617(x) { return x + 1617; }
function f1618(x) { return x + 1618; }
function f1619(x) { return x + 1619; }
function f1620(x) { return x + 1620; }
function f1621(x) { return x + 1621; }
function f1622(x) { return x + 1622; }
function f1623(x) { return x + 1623; }
function f1624(x) { return x + 1624; }
function f1625(x) { return x + 1625; }
function f1626(x) { return x + 1626; }
function f1627(x) { return x + 1627; }
function f1628(x) { return x + 1628; }
function f1629(x) { return x + 1629; }
function f1630(x) { return x + 1630; }
function f1631(x) { return x + 1631; }
function f1632(x) { return x + 1632; }
function f1633(x) { return x + 1633; }
function f1634(x) { return x + 1634; }
function f1635(x) { return x + 1635; }
function f1636(x) { return x + 1636; }
function f1637(x) { return x + 1637; }
function f1638(x) { return x + 1638; }
function f1639(x) { return x + 1639; }
function f1640(x) { return x + 1640; }
function f1641(x) { return x + 1641; }
function f1642(x) { return x + 1642; }
function f1643(x) { return x + 1643; }
function f1644(x) { return x + 1644; }
function f1645(x) { return x + 1645; }
function f1646(x) { return x + 1646; }
function f1647(x) { return x + 1647; }
function f1648(x) { return x + 1648; }
function f1649(x) { return x + 1649; }
function f1650(x) { return x + 1650; }
function f1651(x) { return x + 1651; }
function f1652(x) { return x + 1652; }
function f1653(x) { return x + 1653; }
function f1654(x) { return x + 1654; }
function f1655(x) { return x + 1655; }
function f1656(x) { return x + 1656; }
function f1657(x) { return x + 1657; }
function f1658(x) { return x + 1658; }
function f1659(x) { return x + 1659; }
function f1660(x) { return x + 1660; }
function f1661(x) { return x + 1661; }
function f1662(x) { return x + 1662; }
function f1663(x) { return x + 1663; }
function f1664(x) { return x + 1664; }
function f1665(x) { return x + 1665; }
function f1666(x) { return x + 1666; }
function f1667(x) { return x + 1667; }
function f1668(x) { return x + 1668; }
function f1669(x) { return x + 1669; }
function f1670(x) { return x + 1670; }
function f1671(x) { return x + 1671; }
function f1672(x) { return x + 1672; }
function f1673(x) { return x + 1673; }
function f1674(x) { return x + 1674; }
function f1675(x) { return x + 1675; }
function f1676(x) { return x + 1676; }
function f1677(x) { return x + 1677; }
function f1678(x) { return x + 1678; }
function f1679(x) { return x + 1679; }
function f1680(x) { return x + 1680; }
function f1681(x) { return x + 1681; }
function f1682(x) { return x + 1682; }
function f1683(x) { return x + 1683; }
function f1684(x) { return x + 1684; }
function f1685(x) { return x + 1685; }
function f1686(x) { return x + 1686; }
function f1687(x) { return x + 1687; }
function f1688(x) { return x + 1688; }
function f1689(x) { return x + 1689; }
function f1690(x) { return x + 1690; }
function f1691(x) { return x + 1691; }
function f1692(x) { return x + 1692; }
function f1693(x) { return x + 1693; }
function f1694(x) { return x + 1694; }
function f1695(x) { return x + 1695; }
function f1696(x) { return x + 1696; }
function f1697(x) { return x + 1697; }
function f1698(x) { return x + 1698; }
function f1699(x) { return x + 1699; }
function f1700(x) { return x + 1700; }
function f1701(x) { return x + 1701; }
function f1702(x) { return x + 1702; }
function f1703(x) { return x + 1703; }
function f1704(x) { return x + 1704; }
function f1705(x) { return x + 1705; }
function f1706(x) { return x + 1706; }
function f1707(x) { return x + 1707; }
function f1708(x) { return x + 1708; }
function f1709(x) { return x + 1709; }
function f1710(x) { return x + 1710; }
function f1711(x) { return x + 1711; }
function f1712(x) { return x + 1712; }
function f1713(x) { return x + 1713; }
function f1714(x) { return x + 1714; }
function f1715(x) { return x + 1715; }
function f1716(x) { return x + 1716; }
function f1717(x) { return x + 1717; }
function f1718(x) { return x + 1718; }
function f1719(x) { return x + 1719; }
function f1720(x) { return x + 1720; }
function f1721(x) { return x + 1721; }
function f1722(x) { return x + 1722; }
function f1723(x) { return x + 1723; }
function f1724(x) { return x + 1724; }
function f1725(x) { return x + 1725; }
function f1726(x) { return x + 1726; }
function f1727(x) { return x + 1727; }
function f1728(x) { return x + 1728; }
function f1729(x) { return x + 1729; }
function f1730(x) { return x + 1730; }
function f1731(x) { return x + 1731; }
function f1732(x) { return x + 1732; }
function f1733(x) { return x + 1733; }
function f1734(x) { return x + 1734; }
function f1735(x) { return x + 1735; }
function f1736(x) { return x + 1736; }
function f1737(x) { return x + 1737; }
function f1738(x) { return x + 1738; }
function f1739(x) { return x + 1739; }
function f1740(x) { return x + 1740; }
function f1741(x) { return x + 1741; }
function f1742(x) { return x + 1742; }
function f1743(x) { return x + 1743; }
function f1744(x) { return x + 1744; }
function f1745(x) { return x + 1745; }
function f1746(x) { return x + 1746; }
function f1747(x) { return x + 1747; }
function f1748(x) { return x + 1748; }
function f1749(x) { return x + 1749; }
function f1750(x) { return x + 1750; }
function f1751(x) { return x + 1751; }
function f1752(x) { return x + 1752; }
function f1753(x) { return x + 1753; }
function f1754(x) { return x + 1754; }
function f1755(x) { return x + 1755; }
function f1756(x) { return x + 1756; }
function f1757(x) { return x + 1757; }
function f1758(x) { return x + 1758; }
function f1759(x) { return x + 1759; }
function f1760(x) { return x + 1760; }
function f1761(x) { return x + 1761; }
function f1762(x) { return x + 1762; }
function f1763(x) { return x + 1763; }
function f1764(x) { return x + 1764; }
function f1765(x) { return x + 1765; }
function f1766(x) { return x + 1766; }
function f1767(x) { return x + 1767; }
function f1768(x) { return x + 1768; }
function f1769(x) { return x + 1769; }
function f1770(x) { return x + 1770; }
function f1771(x) { return x + 1771; }
function f1772(x) { return x + 1772; }
function f1773(x) { return x + 1773; }
function f1774(x) { return x + 1774; }
function f1775(x) { return x + 1775; }
function f1776(x) { return x + 1776; }
function f1777(x) { return x + 1777; }
function f1778(x) { return x + 1778; }
function f1779(x) { return x + 1779; }
function f1780(x) { return x + 1780; }
function f1781(x) { return x + 1781; }
function f1782(x) { return x + 1782; }
function f1783(x) { return x + 1783; }
function f1784(x) { return x + 1784; }
function f1785(x) { return x + 1785; }
function f1786(x) { return x + 1786; }
function f1787(x) { return x + 1787; }
function f1788(x) { return x + 1788; }
function f1789(x) { return x + 1789; }
function f1790(x) { return x + 1790; }
function f1791(x) { return x + 1791; }
function f1792(x) { return x + 1792; }
function f1793(x) { return x + 1793; }
function f1794(x) { return x + 1794; }
function f1795(x) { return x + 1795; }
function f1796(x) { return x + 1796; }
function f1797(x) { return x + 1797; }
function f1798(x) { return x + 1798; }
function f1799(x) { return x + 1799; }
function f1800(x) { return x + 1800; }
function f1801(x) { return x + 1801; }
function f1802(x) { return x + 1802; }
function f1803(x) { return x + 1803; }
function f1804(x) { return x + 1804; }
function f1805(x) { return x + 1805; }
function f1806(x) { return x + 1806; }
function f1807(x) { return x + 1807; }
function f1808(x) { return x + 1808; }
function f1809(x) { return x + 1809; }
function f1810(x) { return x + 1810; }
function f1811(x) { return x + 1811; }
function f1812(x) { return x + 1812; }
function f1813(x) { return x + 1813; }
function f1814(x) { return x + 1814; }
function f1815(x) { return x + 1815; }
function f1816(x) { return x + 1816; }
function f1817(x) { return x + 1817; }
function f1818(x) { return x + 1818; }
function f1819(x) { return x + 1819; }
function f1820(x) { return x + 1820; }
function f1821(x) { return x + 1821; }
function f1822(x) { return x + 1822; }
function f1823(x) { return x + 1823; }
function f1824(x) { return x + 1824; }
function f1825(x) { return x + 1825; }
function f1826(x) { return x + 1826; }
function f1827(x) { return x + 1827; }
function f1828(x) { return x + 1828; }
function f1829(x) { return x + 1829; }
function f1830(x) { return x + 1830; }
function f1831(x) { return x + 1831; }
function f1832(x) { return x + 1832; }
function f1833(x) { return x + 1833; }
function f1834(x) { return x + 1834; }
function f1835(x) { return x + 1835; }
function f1836(x) { return x + 1836; }
function f1837(x) { return x + 1837; }
function f1838(x) { return x + 1838; }
function f1839(x) { return x + 1839; }
function f1840(x) { return x + 1840; }
function f1841(x) { return x + 1841; }
function f1842(x) { return x + 1842; }
function f1843(x) { return x + 1843; }
function f1844(x) { return x + 1844; }
function f1845(x) { return x + 1845; }
function f1846(x) { return x + 1846; }
function f1847(x) { return x + 1847; }
function f1848(x) { return x + 1848; }
function f1849(x) { return x + 1849; }
function f1850(x) { return x + 1850; }
function f1851(x) { return x + 1851; }
function f1852(x) { return x + 1852; }
function f1853(x) { return x + 1853; }
function f1854(x) { return x + 1854; }
function f1855(x) { return x + 1855; }
function f1856(x) { return x + 1856; }
function f1857(x) { return x + 1857; }
function f1858(x) { return x + 1858; }
function f1859(x) { return x + 1859; }
function f1860(x) { return x + 1860; }
function f1861(x) { return x + 1861; }
function f1862(x) { return x + 1862; }
function f1863(x) { return x + 1863; }
function f1864(x) { return x + 1864; }
function f1865(x) { return x + 1865; }
function f1866(x) { return x + 1866; }
function f1867(x) { return x + 1867; }
function f1868(x) { return x + 1868; }
function f1869(x) { return x + 1869; }
function f1870(x) { return x + 1870; }
function f1871(x) { return x + 1871; }
function f1872(x) { return x + 1872; }
function f1873(x) { return x + 1873; }
function f1874(x) { return x + 1874; }
function f1875(x) { return x + 1875; }
function f1876(x) { return x + 1876; }
function f1877(x) { return x + 1877; }
function f1878(x) { return x + 1878; }
function f1879(x) { return x + 1879; }
function f1880(x) { return x + 1880; }
function f1881(x) { return x + 1881; }
function f1882(x) { return x + 1882; }
function f1883(x) { return x + 1883; }
function f1884(x) { return x + 1884; }
function f1885(x) { return x + 1885; }
function f1886(x) { return x + 1886; }
function f1887(x) { return x + 1887; }
function f1888(x) { return x + 1888; }
function f1889(x) { return x + 1889; }
function f1890(x) { return x + 1890; }
function f1891(x) { return x + 1891; }
function f1892(x) { return x + 1892; }
function f1893(x) { return x + 1893; }
function f1894(x) { return x + 1894; }
function f1895(x) { return x + 1895; }
function f1896(x) { return x + 1896; }
function f1897(x) { return x + 1897; }
function f1898(x) { return x + 1898; }
function f1899(x) { return x + 1899; }
function f1900(x) { return x + 1900; }
function f1901(x) { return x + 1901; }
function f1902(x) { return x + 1902; }
function f1903(x) { return x + 1903; }
function f1904(x) { return x + 1904; }
function f1905(x) { return x + 1905; }
function f1906(x) { return x + 1906; }
function f1907(x) { return x + 1907; }
function f1908(x) { return x + 1908; }
function f1909(x) { return x + 1909; }
function f1910(x) { return x + 1910; }
function f1911(x) { return x + 1911; }
function f1912(x) { return x + 1912; }
function f1913(x) { return x + 1913; }
function f1914(x) { return x + 1914; }
function f1915(x) { return x + 1915; }
function f1916(x) { return x + 1916; }
function f1917(x) { return x + 1917; }
function f1918(x) { return x + 1918; }
function f1919(x) { return x + 1919; }
function f1920(x) { return x + 1920; }
function f1921(x) { return x + 1921; }
function f1922(x) { return x + 1922; }
function f1923(x) { return x + 1923; }
function f1924(x) { return x + 1924; }
function f1925(x) { return x + 1925; }
function f1926(x) { return x + 1926; }
function f1927(x) { return x + 1927; }
function f1928(x) { return x + 1928; }
function f1929(x) { return x + 1929; }
function f1930(x) { return x + 1930; }
function f1931(x) { return x + 1931; }
function f1932(x) { return x + 1932; }
function f1933(x) { return x + 1933; }
function f1934(x) { return x + 1934; }
function f1935(x) { return x + 1935; }
function f1936(x) { return x + 1936; }
function f1937(x) { return x + 1937; }
function f1938(x) { return x + 1938; }
function f1939(x) { return x + 1939; }
function f1940(x) { return x + 1940; }
function f1941(x) { return x + 1941; }
function f1942(x) { return x + 1942; }
function f1943(x) { return x + 1943; }
function f1944(x) { return x + 1944; }
function f1945(x) { return x + 1945; }
function f1946(x) { return x + 1946; }
function f1947(x) { return x + 1947; }
function f1948(x) { return x + 1948; }
function f1949(x) { return x + 1949; }
function f1950(x) { return x + 1950; }
function f1951(x) { return x + 1951; }
function f1952(x) { return x + 1952; }
function f1953(x) { return x + 1953; }
function f1954(x) { return x + 1954; }
function f1955(x) { return x + 1955; }
function f1956(x) { return x + 1956; }
function f1957(x) { return x + 1957; }
function f1958(x) { return x + 1958; }
function f1959(x) { return x + 1959; }
function f1960(x) { return x + 1960; }
function f1961(x) { return x + 1961; }
function f1962(x) { return x + 1962; }
function f1963(x) { return x + 1963; }
function f1964(x) { return x + 1964; }
function f1965(x) { return x + 1965; }
function f1966(x) { return x + 1966; }
function f1967(x) { return x + 1967; }
function f1968(x) { return x + 1968; }
function f1969(x) { return x + 1969; }
function f1970(x) { return x + 1970; }
function f1971(x) { return x + 1971; }
function f1972(x) { return x + 1972; }
function f1973(x) { return x + 1973; }
function f1974(x) { return x + 1974; }
function f1975(x) { return x + 1975; }
function f1976(x) { return x + 1976; }
function f1977(x) { return x + 1977; }
function f1978(x) { return x + 1978; }
function f1979(x) { return x + 1979; }
function f1980(x) { return x + 1980; }
function f1981(x) { return x + 1981; }
function f1982(x) { return x + 1982; }
function f1983(x) { return x + 1983; }
function f1984(x) { return x + 1984; }
function f1985(x) { return x + 1985; }
function f1986(x) { return x + 1986; }
function f1987(x) { return x + 1987; }
function f1988(x) { return x + 1988; }
function f1989(x) { return x + 1989; }
function f1990(x) { return x + 1990; }
function f1991(x) { return x + 1991; }
function f1992(x) { return x + 1992; }
function f1993(x) { return x + 1993; }
function f1994(x) { return x + 1994; }
function f1995(x) { return x + 1995; }
function f1996(x) { return x + 1996; }
function f1997(x) { return x + 1997; }
function f1998(x) { return x + 1998; }
function f1999(x) { return x + 1999; }
function f2000(x) { return x + 2000; }
function f2001(x) { return x + 2001; }
function f2002(x) { return x + 2002; }
function f2003(x) { return x + 2003; }
function f2004(x) { return x + 2004; }
function f2005(x) { return x + 2005; }
function f2006(x) { return x + 2006; }
function f2007(x) { return x + 2007; }
function f2008(x) { return x + 2008; }
function f2009(x) { return x + 2009; }
function f2010(x) { return x + 2010; }
function f2011(x) { return x + 2011; }
function f2012(x) { return x + 2012; }
function f2013(x) { return x + 2013; }
function f2014(x) { return x + 2014; }
function f2015(x) { return x + 2015; }
function f2016(x) { return x + 2016; }
function f2017(x) { return x + 2017; }
function f2018(x) { return x + 2018; }
function f2019(x) { return x + 2019; }
function f2020(x) { return x + 2020; }
function f2021(x) { return x + 2021; }
function f2022(x) { return x + 2022; }
function f2023(x) { return x + 2023; }
function f2024(x) { return x + 2024; }
function f2025(x) { return x + 2025; }
function f2026(x) { return x + 2026; }
function f2027(x) { return x + 2027; }
function f2028(x) { return x + 2028; }
function f2029(x) { return x + 2029; }
function f2030(x) { return x + 2030; }
function f2031(x) { return x + 2031; }
function f2032(x) { return x + 2032; }
function f2033(x) { return x + 2033; }
function f2034(x) { return x + 2034; }
function f2035(x) { return x + 2035; }
function f2036(x) { return x + 2036; }
function f2037(x) { return x + 2037; }
function f2038(x) { return x + 2038; }
function f2039(x) { return x + 2039; }
function f2040(x) { return x + 2040; }
function f2041(x) { return x + 2041; }
function f2042(x) { return x + 2042; }
function f2043(x) { return x + 2043; }
function f2044(x) { return x + 2044; }
function f2045(x) { return x + 2045; }
function f2046(x) { return x + 2046; }
function f2047(x) { return x + 2047; }
function f2048(x) { return x + 2048; }
function f2049(x) { return x + 2049; }
function f2050(x) { return x + 2050; }
function f2051(x) { return x + 2051; }
function f2052(x) { return x + 2052; }
function f2053(x) { return x + 2053; }
function f2054(x) { return x + 2054; }
function f2055(x) { return x + 2055; }
function f2056(x) { return x + 2056; }
function f2057(x) { return x + 2057; }
function f2058(x) { return x + 2058; }
function f2059(x) { return x + 2059; }
function f2060(x) { return x + 2060; }
function f2061(x) { return x + 2061; }
function f2062(x) { return x + 2062; }
function f2063(x) { return x + 2063; }
function f2064(x) { return x + 2064; }
function f2065(x) { return x + 2065; }
function f2066(x) { return x + 2066; }
function f2067(x) { return x + 2067; }
function f2068(x) { return x + 2068; }
function f2069(x) { return x + 2069; }
function f2070(x) { return x + 2070; }
function f2071(x) { return x + 2071; }
function f2072(x) { return x + 2072; }
function f2073(x) { return x + 2073; }
function f2074(x) { return x + 2074; }
function f2075(x) { return x + 2075; }
function f2076(x) { return x + 2076; }
function f2077(x) { return x + 2077; }
function f2078(x) { return x + 2078; }
function f2079(x) { return x + 2079; }
function f2080(x) { return x + 2080; }
function f2081(x) { return x + 2081; }
function f2082(x) { return x + 2082; }
function f2083(x) { return x + 2083; }
function f2084(x) { return x + 2084; }
function f2085(x) { return x + 2085; }
function f2086(x) { return x + 2086; }
function f2087(x) { return x + 2087; }
function f2088(x) { return x + 2088; }
function f2089(x) { return x + 2089; }
function f2090(x) { return x + 2090; }
function f2091(x) { return x + 2091; }
function f2092(x) { return x + 2092; }
function f2093(x) { return x + 2093; }
function f2094(x) { return x + 2094; }
function f2095(x) { return x + 2095; }
function f2096(x) { return x + 2096; }
function f2097(x) { return x + 2097; }
function f2098(x) { return x + 2098; }
function f2099(x) { return x + 2099; }
function f2100(x) { return x + 2100; }
function f2101(x) { return x + 2101; }
function f2102(x) { return x + 2102; }
function f2103(x) { return x + 2103; }
function f2104(x) { return x + 2104; }
function f2105(x) { return x + 2105; }
function f2106(x) { return x + 2106; }
function f2107(x) { return x + 2107; }
function f2108(x) { return x + 2108; }
function f2109(x) { return x + 2109; }
function f2110(x) { return x + 2110; }
function f2111(x) { return x + 2111; }
function f2112(x) { return x + 2112; }
function f2113(x) { return x + 2113; }
function f2114(x) { return x + 2114; }
function f2115(x) { return x + 2115; }
function f2116(x) { return x + 2116; }
function f2117(x) { return x + 2117; }
function f2118(x) { return x + 2118; }
function f2119(x) { return x + 2119; }
function f2120(x) { return x + 2120; }
function f2121(x) { return x + 2121; }
function f2122(x) { return x + 2122; }
function f2123(x) { return x + 2123; }
function f2124(x) { return x + 2124; }
function f2125(x) { return x + 2125; }
function f2126(x) { return x + 2126; }
function f2127(x) { return x + 2127; }
function f2128(x) { return x + 2128; }
function f2129(x) { return x + 2129; }
function f2130(x) { return x + 2130; }
function f2131(x) { return x + 2131; }
function f2132(x) { return x + 2132; }
function f2133(x) { return x + 2133; }
function f2134(x) { return x + 2134; }
function f2135(x) { return x + 2135; }
function f2136(x) { return x + 2136; }
function f2137(x) { return x + 2137; }
function f2138(x) { return x + 2138; }
function f2139(x) { return x + 2139; }
function f2140(x) { return x + 2140; }
function f2141(x) { return x + 2141; }
function f2142(x) { return x + 2142; }
function f2143(x) { return x + 2143; }
function f2144(x) { return x + 2144; }
function f2145(x) { return x + 2145; }
function f2146(x) { return x + 2146; }
function f2147(x) { return x + 2147; }
function f2148(x) { return x + 2148; }
function f2149(x) { return x + 2149; }
function f2150(x) { return x + 2150; }
function f2151(x) { return x + 2151; }
function f2152(x) { return x + 2152; }
function f2153(x) { return x + 2153; }
function f2154(x) { return x + 2154; }
function f2155(x) { return x + 2155; }
function f2156(x) { return x + 2156; }
function f2157(x) { return x + 2157; }
function f2158(x) { return x + 2158; }
function f2159(x) { return x + 2159; }
function f2160(x) { return x + 2160; }
function f2161(x) { return x + 2161; }
function f2162(x) { return x + 2162; }
function f2163(x) { return x + 2163; }
function f2164(x) { return x + 2164; }
function f2165(x) { return x + 2165; }
function f2166(x) { return x + 2166; }
function f2167(x) { return x + 2167; }
function f2168(x) { return x + 2168; }
function f2169(x) { return x + 2169; }
function f2170(x) { return x + 2170; }
function f2171(x) { return x + 2171; }
function f2172(x) { return x + 2172; }
function f2173(x) { return x + 2173; }
function f2174(x) { return x + 2174; }
function f2175(x) { return x + 2175; }
function f2176(x) { return x + 2176; }
function f2177(x) { return x + 2177; }
function f2178(x) { return x + 2178; }
function f2179(x) { return x + 2179; }
function f2180(x) { return x + 2180; }
function f2181(x) { return x + 2181; }
function f2182(x) { return x + 2182; }
function f2183(x) { return x + 2183; }
function f2184(x) { return x + 2184; }
function f2185(x) { return x + 2185; }
function f2186(x) { return x + 2186; }
function f2187(x) { return x + 2187; }
function f2188(x) { return x + 2188; }
function f2189(x) { return x + 2189; }
function f2190(x) { return x + 2190; }
function f2191(x) { return x + 2191; }
function f2192(x) { return x + 2192; }
function f2193(x) { return x + 2193; }
function f2194(x) { return x + 2194; }
function f2195(x) { return x + 2195; }
function f2196(x) { return x + 2196; }
function f2197(x) { return x + 2197; }
function f2198(x) { return x + 2198; }
function f2199(x) { return x + 2199; }
function f2200(x) { return x + 2200; }
function f2201(x) { return x + 2201; }
function f2202(x) { return x + 2202; }
function f2203(x) { return x + 2203; }
function f2204(x) { return x + 2204; }
function f2205(x) { return x + 2205; }
function f2206(x) { return x + 2206; }
function f2207(x) { return x + 2207; }
function f2208(x) { return x + 2208; }
function f2209(x) { return x + 2209; }
function f2210(x) { return x + 2210; }
function f2211(x) { return x + 2211; }
function f2212(x) { return x + 2212; }
function f2213(x) { return x + 2213; }
function f2214(x) { return x + 2214; }
function f2215(x) { return x + 2215; }
function f2216(x) { return x + 2216; }
function f2217(x) { return x + 2217; }
function f2218(x) { return x + 2218; }
function f2219(x) { return x + 2219; }
function f2220(x) { return x + 2220; }
function f2221(x) { return x + 2221; }
function f2222(x) { return x + 2222; }
function f2223(x) { return x + 2223; }
function f2224(x) { return x + 2224; }
function f2225(x) { return x + 2225; }
function f2226(x) { return x + 2226; }
function f2227(x) { return x + 2227; }
function f2228(x) { return x + 2228; }
function f2229(x) { return x + 2229; }
function f2230(x) { return x + 2230; }
function f2231(x) { return x + 2231; }
function f2232(x) { return x + 2232; }
function f2233(x) { return x + 2233; }
function f2234(x) { return x + 2234; }
function f2235(x) { return x + 2235; }
function f2236(x) { return x + 2236; }
function f2237(x) { return x + 2237; }
function f2238(x) { return x + 2238; }
function f2239(x) { return x + 2239; }
function f2240(x) { return x + 2240; }
function f2241(x) { return x + 2241; }
function f2242(x) { return x + 2242; }
function f2243(x) { return x + 2243; }
function f2244(x) { return x + 2244; }
function f2245(x) { return x + 2245; }
function f2246(x) { return x + 2246; }
function f2247(x) { return x + 2247; }
function f2248(x) { return x + 2248; }
function f2249(x) { return x + 2249; }
function f2250(x) { return x + 2250; }
function f2251(x) { return x + 2251; }
function f2252(x) { return x + 2252; }
function f2253(x) { return x + 2253; }
function f2254(x) { return x + 2254; }
function f2255(x) { return x + 2255; }
function f2256(x) { return x + 2256; }
function f2257(x) { return x + 2257; }
function f2258(x) { return x + 2258; }
function f2259(x) { return x + 2259; }
function f2260(x) { return x + 2260; }
function f2261(x) { return x + 2261; }
function f2262(x) { return x + 2262; }
function f2263(x) { return x + 2263; }
function f2264(x) { return x + 2264; }
function f2265(x) { return x + 2265; }
function f2266(x) { return x + 2266; }
function f2267(x) { return x + 2267; }
function f2268(x) { return x + 2268; }
function f2269(x) { return x + 2269; }
function f2270(x) { return x + 2270; }
function f2271(x) { return x + 2271; }
function f2272(x) { return x + 2272; }
function f2273(x) { return x + 2273; }
function f2274(x) { return x + 2274; }
function f2275(x) { return x + 2275; }
function f2276(x) { return x + 2276; }
function f2277(x) { return x + 2277; }
function f2278(x) { return x + 2278; }
function f2279(x) { return x + 2279; }
function f2280(x) { return x + 2280; }
function f2281(x) { return x + 2281; }
function f2282(x) { return x + 2282; }
function f2283(x) { return x + 2283; }
function f2284(x) { return x + 2284; }
function f2285(x) { return x + 2285; }
function f2286(x) { return x + 2286; }
function f2287(x) { return x + 2287; }
function f2288(x) { return x + 2288; }
function f2289(x) { return x + 2289; }
function f2290(x) { return x + 2290; }
function f2291(x) { return x + 2291; }
function f2292(x) { return x + 2292; }
function f2293(x) { return x + 2293; }
function f2294(x) { return x + 2294; }
function f2295(x) { return x + 2295; }
function f2296(x) { return x + 2296; }
function f2297(x) { return x + 2297; }
function f2298(x) { return x + 2298; }
function f2299(x) { return x + 2299; }
function f2300(x) { return x + 2300; }
function f2301(x) { return x + 2301; }
function f2302(x) { return x + 2302; }
function f2303(x) { return x + 2303; }
function f2304(x) { return x + 2304; }
function f2305(x) { return x + 2305; }
function f2306(x) { return x + 2306; }
function f2307(x) { return x + 2307; }
function f2308(x) { return x + 2308; }
function f2309(x) { return x + 2309; }
function f2310(x) { return x + 2310; }
function f2311(x) { return x + 2311; }
function f2312(x) { return x + 2312; }
function f2313(x) { return x + 2313; }
function f2314(x) { return x + 2314; }
function f2315(x) { return x + 2315; }
function f2316(x) { return x + 2316; }
function f2317(x) { return x + 2317; }
function f2318(x) { return x + 2318; }
function f2319(x) { return x + 2319; }
function f2320(x) { return x + 2320; }
function f2321(x) { return x + 2321; }
function f2322(x) { return x + 2322; }
function f2323(x) { return x + 2323; }
function f2324(x) { return x + 2324; }
function f2325(x) { return x + 2325; }
function f2326(x) { return x + 2326; }
function f2327(x) { return x + 2327; }
function f2328(x) { return x + 2328; }
function f2329(x) { return x + 2329; }
function f2330(x) { return x + 2330; }
function f2331(x) { return x + 2331; }
function f2332(x) { return x + 2332; }
function f2333(x) { return x + 2333; }
function f2334(x) { return x + 2334; }
function f2335(x) { return x + 2335; }
function f2336(x) { return x + 2336; }
function f2337(x) { return x + 2337; }
function f2338(x) { return x + 2338; }
function f2339(x) { return x + 2339; }
function f2340(x) { return x + 2340; }
function f2341(x) { return x + 2341; }
function f2342(x) { return x + 2342; }
function f2343(x) { return x + 2343; }
function f2344(x) { return x + 2344; }
function f2345(x) { return x + 2345; }
function f2346(x) { return x + 2346; }
function f2347(x) { return x + 2347; }
function f2348(x) { return x + 2348; }
function f2349(x) { return x + 2349; }
function f2350(x) { return x + 2350; }
function f2351(x) { return x + 2351; }
function f2352(x) { return x + 2352; }
function f2353(x) { return x + 2353; }
function f2354(x) { return x + 2354; }
function f2355(x) { return x + 2355; }
function f2356(x) { return x + 2356; }
function f2357(x) { return x + 2357; }
function f2358(x) { return x + 2358; }
function f2359(x) { return x + 2359; }
function f2360(x) { return x + 2360; }
function f2361(x) { return x + 2361; }
function f2362(x) { return x + 2362; }
function f2363(x) { return x + 2363; }
function f2364(x) { return x + 2364; }
function f2365(x) { return x + 2365; }
function f2366(x) { return x + 2366; }
function f2367(x) { return x + 2367; }
function f2368(x) { return x + 2368; }
function f2369(x) { return x + 2369; }
function f2370(x) { return x + 2370; }
function f2371(x) { return x + 2371; }
function f2372(x) { return x + 2372; }
function f2373(x) { return x + 2373; }
function f2374(x) { return x + 2374; }
function f2375(x) { return x + 2375; }
function f2376(x) { return x + 2376; }
function f2377(x) { return x + 2377; }
function f2378(x) { return x + 2378; }
function f2379(x) { return x + 2379; }
function f2380(x) { return x + 2380; }
function f2381(x) { return x + 2381; }
function f2382(x) { return x + 2382; }
function f2383(x) { return x + 2383; }
function f2384(x) { return x + 2384; }
function f2385(x) { return x + 2385; }
function f2386(x) { return x + 2386; }
function f2387(x) { return x + 2387; }
function f2388(x) { return x + 2388; }
function f2389(x) { return x + 2389; }
function f2390(x) { return x + 2390; }
function f2391(x) { return x + 2391; }
function f2392(x) { return x + 2392; }
function f2393(x) { return x + 2393; }
function f2394(x) { return x + 2394; }
function f2395(x) { return x + 2395; }
function f2396(x) { return x + 2396; }
function f2397(x) { return x + 2397; }
function f2398(x) { return x + 2398; }
function f2399(x) { return x + 2399; }
function f2400(x) { return x + 2400; }
function f2401(x) { return x + 2401; }
function f2402(x) { return x + 2402; }
function f2403(x) { return x + 2403; }
function f2404(x) { return x + 2404; }
function f2405(x) { return x + 2405; }
function f2406(x) { return x + 2406; }
function f2407(x) { return x + 2407; }
function f2408(x) { return x + 2408; }
function f2409(x) { return x + 2409; }
function f2410(x) { return x + 2410; }
function f2411(x) { return x + 2411; }
function f2412(x) { return x + 2412; }
function f2413(x) { return x + 2413; }
function f2414(x) { return x + 2414; }
function f2415(x) { return x + 2415; }
function f2416(x) { return x + 2416; }
function f2417(x) { return x + 2417; }
function f2418(x) { return x + 2418; }
function f2419(x) { return x + 2419; }
function f2420(x) { return x + 2420; }
function f2421(x) { return x + 2421; }
function f2422(x) { return x + 2422; }
function f2423(x) { return x + 2423; }
function f2424(x) { return x + 2424; }
function f2425(x) { return x + 2425; }
function f2426(x) { return x + 2426; }
function f2427(x) { return x + 2427; }
function f2428(x) { return x + 2428; }
function f2429(x) { return x + 2429; }
function f2430(x) { return x + 2430; }
function f2431(x) { return x + 2431; }
function f2432(x) { return x + 2432; }
function f2433(x) { return x + 2433; }
function f2434(x) { return x + 2434; }
function f2435(x) { return x + 2435; }
function f2436(x) { return x + 2436; }
function f2437(x) { return x + 2437; }
function f2438(x) { return x + 2438; }
function f2439(x) { return x + 2439; }
function f2440(x) { return x + 2440; }
function f2441(x) { return x + 2441; }
function f2442(x) { return x + 2442; }
function f2443(x) { return x + 2443; }
function f2444(x) { return x + 2444; }
function f2445(x) { return x + 2445; }
function f2446(x) { return x + 2446; }
function f2447(x) { return x + 2447; }
function f2448(x) { return x + 2448; }
function f2449(x) { return x + 2449; }
function f2450(x) { return x + 2450; }
function f2451(x) { return x + 2451; }
function f2452(x) { return x + 2452; }
function f2453(x) { return x + 2453; }
function f2454(x) { return x + 2454; }
function f2455(x) { return x + 2455; }
function f2456(x) { return x + 2456; }
function f2457(x) { return x + 2457; }
function f2458(x) { return x + 2458; }
function f2459(x) { return x + 2459; }
function f2460(x) { return x + 2460; }
function f2461(x) { return x + 2461; }
function f2462(x) { return x + 2462; }
function f2463(x) { return x + 2463; }
function f2464(x) { return x + 2464; }
function f2465(x) { return x + 2465; }
function f2466(x) { return x + 2466; }
function f2467(x) { return x + 2467; }
function f2468(x) { return x + 2468; }
function f2469(x) { return x + 2469; }
function f2470(x) { return x + 2470; }
function f2471(x) { return x + 2471; }
function f2472(x) { return x + 2472; }
function f2473(x) { return x + 2473; }
function f2474(x) { return x + 2474; }
function f2475(x) { return x + 2475; }
function f2476(x) { return x + 2476; }
function f2477(x) { return x + 2477; }
function f2478(x) { return x + 2478; }
function f2479(x) { return x + 2479; }
function f2480(x) { return x + 2480; }
function f2481(x) { return x + 2481; }
function f2482(x) { return x + 2482; }
function f2483(x) { return x + 2483; }
function f2484(x) { return x + 2484; }
function f2485(x) { return x + 2485; }
function f2486(x) { return x + 2486; }
function f2487(x) { return x + 2487; }
function f2488(x) { return x + 2488; }
function f2489(x) { return x + 2489; }
function f2490(x) { return x + 2490; }
function f2491(x) { return x + 2491; }
function f2492(x) { return x + 2492; }
function f2493(x) { return x + 2493; }
function f2494(x) { return x + 2494; }
function f2495(x) { return x + 2495; }
function f2496(x) { return x + 2496; }
function f2497(x) { return x + 2497; }
function f2498(x) { return x + 2498; }
function f2499(x) { return x + 2499; }
function f2500(x) { return x + 2500; }
function f2501(x) { return x + 2501; }
function f2502(x) { return x + 2502; }
function f2503(x) { return x + 2503; }
function f2504(x) { return x + 2504; }
function f2505(x) { return x + 2505; }
function f2506(x) { return x + 2506; }
function f2507(x) { return x + 2507; }
function f2508(x) { return x + 2508; }
function f2509(x) { return x + 2509; }
function f2510(x) { return x + 2510; }
function f2511(x) { return x + 2511; }
function f2512(x) { return x + 2512; }
function f2513(x) { return x + 2513; }
function f2514(x) { return x + 2514; }
function f2515(x) { return x + 2515; }
function f2516(x) { return x + 2516; }
function f2517(x) { return x + 2517; }
function f2518(x) { return x + 2518; }
function f2519(x) { return x + 2519; }
function f2520(x) { return x + 2520; }
function f2521(x) { return x + 2521; }
function f2522(x) { return x + 2522; }
function f2523(x) { return x + 2523; }
function f2524(x) { return x + 2524; }
function f2525(x) { return x + 2525; }
function f2526(x) { return x + 2526; }
function f2527(x) { return x + 2527; }
function f2528(x) { return x + 2528; }
function f2529(x) { return x + 2529; }
function f2530(x) { return x + 2530; }
function f2531(x) { return x + 2531; }
function f2532(x) { return x + 2532; }
function f2533(x) { return x + 2533; }
function f2534(x) { return x + 2534; }
function f2535(x) { return x + 2535; }
function f2536(x) { return x + 2536; }
function f2537(x) { return x + 2537; }
function f2538(x) { return x + 2538; }
function f2539(x) { return x + 2539; }
function f2540(x) { return x + 2540; }
function f2541(x) { return x + 2541; }
function f2542(x) { return x + 2542; }
function f2543(x) { return x + 2543; }
function f2544(x) { return x + 2544; }
function f2545(x) { return x + 2545; }
function f2546(x) { return x + 2546; }
function f2547(x) { return x + 2547; }
function f2548(x) { return x + 2548; }
function f2549(x) { return x + 2549; }
function f2550(x) { return x + 2550; }
function f2551(x) { return x + 2551; }
function f2552(x) { return x + 2552; }
function f2553(x) { return x + 2553; }
function f2554(x) { return x + 2554; }
function f2555(x) { return x + 2555; }
function f2556(x) { return x + 2556; }
function f2557(x) { return x + 2557; }
function f2558(x) { return x + 2558; }
function f2559(x) { return x + 2559; }
function f2560(x) { return x + 2560; }
function f2561(x) { return x + 2561; }
function f2562(x) { return x + 2562; }
function f2563(x) { return x + 2563; }
function f2564(x) { return x + 2564; }
function f2565(x) { return x + 2565; }
function f2566(x) { return x + 2566; }
function f2567(x) { return x + 2567; }
function f2568(x) { return x + 2568; }
function f2569(x) { return x + 2569; }
function f2570(x) { return x + 2570; }
function f2571(x) { return x + 2571; }
function f2572(x) { return x + 2572; }
function f2573(x) { return x + 2573; }
function f2574(x) { return x + 2574; }
function f2575(x) { return x + 2575; }
function f2576(x) { return x + 2576; }
function f2577(x) { return x + 2577; }
function f2578(x) { return x + 2578; }
function f2579(x) { return x + 2579; }
function f2580(x) { return x + 2580; }
function f2581(x) { return x + 2581; }
function f2582(x) { return x + 2582; }
function f2583(x) { return x + 2583; }
function f2584(x) { return x + 2584; }
function f2585(x) { return x + 2585; }
function f2586(x) { return x + 2586; }
function f2587(x) { return x + 2587; }
function f2588(x) { return x + 2588; }
function f2589(x) { return x + 2589; }
function f2590(x) { return x + 2590; }
function f2591(x) { return x + 2591; }
function f2592(x) { return x + 2592; }
function f2593(x) { return x + 2593; }
function f2594(x) { return x + 2594; }
function f2595(x) { return x + 2595; }
function f2596(x) { return x + 2596; }
function f2597(x) { return x + 2597; }
function f2598(x) { return x + 2598; }
function f2599(x) { return x + 2599; }
function f2600(x) { return x + 2600; }
function f2601(x) { return x + 2601; }
function f2602(x) { return x + 2602; }
function f2603(x) { return x + 2603; }
function f2604(x) { return x + 2604; }
function f2605(x) { return x + 2605; }
function f2606(x) { return x + 2606; }
function f2607(x) { return x + 2607; }
function f2608(x) { return x + 2608; }
function f2609(x) { return x + 2609; }
function f2610(x) { return x + 2610; }
function f2611(x) { return x + 2611; }
function f2612(x) { return x + 2612; }
function f2613(x) { return x + 2613; }
function f2614(x) { return x + 2614; }
function f2615(x) { return x + 2615; }
function f2616(x) { return x + 2616; }
function f2617(x) { return x + 2617; }
function f2618(x) { return x + 2618; }
function f2619(x) { return x + 2619; }
function f2620(x) { return x + 2620; }
function f2621(x) { return x + 2621; }
function f2622(x) { return x + 2622; }
function f2623(x) { return x + 2623; }
function f2624(x) { return x + 2624; }
function f2625(x) { return x + 2625; }
function f2626(x) { return x + 2626; }
function f2627(x) { return x + 2627; }
function f2628(x) { return x + 2628; }
function f2629(x) { return x + 2629; }
function f2630(x) { return x + 2630; }
function f2631(x) { return x + 2631; }
function f2632(x) { return x + 2632; }
function f2633(x) { return x + 2633; }
function f2634(x) { return x + 2634; }
function f2635(x) { return x + 2635; }
function f2636(x) { return x + 2636; }
function f2637(x) { return x + 2637; }
function f2638(x) { return x + 2638; }
function f2639(x) { return x + 2639; }
function f2640(x) { return x + 2640; }
function f2641(x) { return x + 2641; }
function f2642(x) { return x + 2642; }
function f2643(x) { return x + 2643; }
function f2644(x) { return x + 2644; }
function f2645(x) { return x + 2645; }
function f2646(x) { return x + 2646; }
function f2647(x) { return x + 2647; }
function f2648(x) { return x + 2648; }
function f2649(x) { return x + 2649; }
function f2650(x) { return x + 2650; }
function f2651(x) { return x + 2651; }
function f2652(x) { return x + 2652; }
function f2653(x) { return x + 2653; }
function f2654(x) { return x + 2654; }
function f2655(x) { return x + 2655; }
function f2656(x) { return x + 2656; }
function f2657(x) { return x + 2657; }
function f2658(x) { return x + 2658; }
function f2659(x) { return x + 2659; }
function f2660(x) { return x + 2660; }
function f2661(x) { return x + 2661; }
function f2662(x) { return x + 2662; }
function f2663(x) { return x + 2663; }
function f2664(x) { return x + 2664; }
function f2665(x) { return x + 2665; }
function f2666(x) { return x + 2666; }
function f2667(x) { return x + 2667; }
function f2668(x) { return x + 2668; }
function f2669(x) { return x + 2669; }
function f2670(x) { return x + 2670; }
function f2671(x) { return x + 2671; }
function f2672(x) { return x + 2672; }
function f2673(x) { return x + 2673; }
function f2674(x) { return x + 2674; }
function f2675(x) { return x + 2675; }
function f2676(x) { return x + 2676; }
function f2677(x) { return x + 2677; }
function f2678(x) { return x + 2678; }
function f2679(x) { return x + 2679; }
function f2680(x) { return x + 2680; }
function f2681(x) { return x + 2681; }
function f2682(x) { return x + 2682; }
function f2683(x) { return x + 2683; }
function f2684(x) { return x + 2684; }
function f2685(x) { return x + 2685; }
function f2686(x) { return x + 2686; }
function f2687(x) { return x + 2687; }
function f2688(x) { return x + 2688; }
function f2689(x) { return x + 2689; }
function f2690(x) { return x + 2690; }
function f2691(x) { return x + 2691; }
function f2692(x) { return x + 2692; }
function f2693(x) { return x + 2693; }
function f2694(x) { return x + 2694; }
function f2695(x) { return x + 2695; }
function f2696(x) { return x + 2696; }
function f2697(x) { return x + 2697; }
function f2698(x) { return x + 2698; }
function f2699(x) { return x + 2699; }
function f2700(x) { return x + 2700; }
function f2701(x) { return x + 2701; }
function f2702(x) { return x + 2702; }
function f2703(x) { return x + 2703; }
function f2704(x) { return x + 2704; }
function f2705(x) { return x + 2705; }
function f2706(x) { return x + 2706; }
function f2707(x) { return x + 2707; }
function f2708(x) { return x + 2708; }
function f2709(x) { return x + 2709; }
function f2710(x) { return x + 2710; }
function f2711(x) { return x + 2711; }
function f2712(x) { return x + 2712; }
function f2713(x) { return x + 2713; }
function f2714(x) { return x + 2714; }
function f2715(x) { return x + 2715; }
function f2716(x) { return x + 2716; }
function f2717(x) { return x + 2717; }
function f2718(x) { return x + 2718; }
function f2719(x) { return x + 2719; }
function f2720(x) { return x + 2720; }
function f2721(x) { return x + 2721; }
function f2722(x) { return x + 2722; }
function f2723(x) { return x + 2723; }
function f2724(x) { return x + 2724; }
function f2725(x) { return x + 2725; }
function f2726(x) { return x + 2726; }
function f2727(x) { return x + 2727; }
function f2728(x) { return x + 2728; }
function f2729(x) { return x + 2729; }
function f2730(x) { return x + 2730; }
function f2731(x) { return x + 2731; }
function f2732(x) { return x + 2732; }
function f2733(x) { return x + 2733; }
function f2734(x) { return x + 2734; }
function f2735(x) { return x + 2735; }
function f2736(x) { return x + 2736; }
function f2737(x) { return x + 2737; }
function f2738(x) { return x + 2738; }
function f2739(x) { return x + 2739; }
function f2740(x) { return x + 2740; }
function f2741(x) { return x + 2741; }
function f2742(x) { return x + 2742; }
function f2743(x) { return x + 2743; }
function f2744(x) { return x + 2744; }
function f2745(x) { return x + 2745; }
function f2746(x) { return x + 2746; }
function f2747(x) { return x + 2747; }
function f2748(x) { return x + 2748; }
function f2749(x) { return x + 2749; }
function f2750(x) { return x + 2750; }
function f2751(x) { return x + 2751; }
function f2752(x) { return x + 2752; }
function f2753(x) { return x + 2753; }
function f2754(x) { return x + 2754; }
function f2755(x) { return x + 2755; }
function f2756(x) { return x + 2756; }
function f2757(x) { return x + 2757; }
function f2758(x) { return x + 2758; }
function f2759(x) { return x + 2759; }
function f2760(x) { return x + 2760; }
function f2761(x) { return x + 2761; }
function f2762(x) { return x + 2762; }
function f2763(x) { return x + 2763; }
function f2764(x) { return x + 2764; }
function f2765(x) { return x + 2765; }
function f2766(x) { return x + 2766; }
function f2767(x) { return x + 2767; }
function f2768(x) { return x + 2768; }
function f2769(x) { return x + 2769; }
function f2770(x) { return x + 2770; }
function f2771(x) { return x + 2771; }
function f2772(x) { return x + 2772; }
function f2773(x) { return x + 2773; }
function f2774(x) { return x + 2774; }
function f2775(x) { return x + 2775; }
function f2776(x) { return x + 2776; }
function f2777(x) { return x + 2777; }
function f2778(x) { return x + 2778; }
function f2779(x) { return x + 2779; }
function f2780(x) { return x + 2780; }
function f2781(x) { return x + 2781; }
function f2782(x) { return x + 2782; }
function f2783(x) { return x + 2783; }
function f2784(x) { return x + 2784; }
function f2785(x) { return x + 2785; }
function f2786(x) { return x + 2786; }
function f2787(x) { return x + 2787; }
function f2788(x) { return x + 2788; }
function f2789(x) { return x + 2789; }
function f2790(x) { return x + 2790; }
function f2791(x) { return x + 2791; }
function f2792(x) { return x + 2792; }
function f2793(x) { return x + 2793; }
function f2794(x) { return x + 2794; }
function f2795(x) { return x + 2795; }
function f2796(x) { return x + 2796; }
function f2797(x) { return x + 2797; }
function f2798(x) { return x + 2798; }
function f2799(x) { return x + 2799; }
function f2800(x) { return x + 2800; }
function f2801(x) { return x + 2801; }
function f2802(x) { return x + 2802; }
function f2803(x) { return x + 2803; }
function f2804(x) { return x + 2804; }
function f2805(x) { return x + 2805; }
function f2806(x) { return x + 2806; }
function f2807(x) { return x + 2807; }
function f2808(x) { return x + 2808; }
function f2809(x) { return x + 2809; }
function f2810(x) { return x + 2810; }
function f2811(x) { return x + 2811; }
function f2812(x) { return x + 2812; }
function f2813(x) { return x + 2813; }
function f2814(x) { return x + 2814; }
function f2815(x) { return x + 2815; }
function f2816(x) { return x + 2816; }
function f2817(x) { return x + 2817; }
function f2818(x) { return x + 2818; }
function f2819(x) { return x + 2819; }
function f2820(x) { return x + 2820; }
function f2821(x) { return x + 2821; }
function f2822(x) { return x + 2822; }
function f2823(x) { return x + 2823; }
function f2824(x) { return x + 2824; }
function f2825(x) { return x + 2825; }
function f2826(x) { return x + 2826; }
function f2827(x) { return x + 2827; }
function f2828(x) { return x + 2828; }
function f2829(x) { return x + 2829; }
function f2830(x) { return x + 2830; }
function f2831(x) { return x + 2831; }
function f2832(x) { return x + 2832; }
function f2833(x) { return x + 2833; }
function f2834(x) { return x + 2834; }
function f2835(x) { return x + 2835; }
function f2836(x) { return x + 2836; }
function f2837(x) { return x + 2837; }
function f2838(x) { return x + 2838; }
function f2839(x) { return x + 2839; }
function f2840(x) { return x + 2840; }
function f2841(x) { return x + 2841; }
function f2842(x) { return x + 2842; }
function f2843(x) { return x + 2843; }
function f2844(x) { return x + 2844; }
function f2845(x) { return x + 2845; }
function f2846(x) { return x + 2846; }
function f2847(x) { return x + 2847; }
function f2848(x) { return x + 2848; }
function f2849(x) { return x + 2849; }
function f2850(x) { return x + 2850; }
function f2851(x) { return x + 2851; }
function f2852(x) { return x + 2852; }
function f2853(x) { return x + 2853; }
function f2854(x) { return x + 2854; }
function f2855(x) { return x + 2855; }
function f2856(x) { return x + 2856; }
function f2857(x) { return x + 2857; }
function f2858(x) { return x + 2858; }
function f2859(x) { return x + 2859; }
function f2860(x) { return x + 2860; }
function f2861(x) { return x + 2861; }
function f2862(x) { return x + 2862; }
function f2863(x) { return x + 2863; }
function f2864(x) { return x + 2864; }
function f2865(x) { return x + 2865; }
function f2866(x) { return x + 2866; }
function f2867(x) { return x + 2867; }
function f2868(x) { return x + 2868; }
function f2869(x) { return x + 2869; }
function f2870(x) { return x + 2870; }
function f2871(x) { return x + 2871; }
function f2872(x) { return x + 2872; }
function f2873(x) { return x + 2873; }
function f2874(x) { return x + 2874; }
function f2875(x) { return x + 2875; }
function f2876(x) { return x + 2876; }
function f2877(x) { return x + 2877; }
function f2878(x) { return x + 2878; }
function f2879(x) { return x + 2879; }
function f2880(x) { return x + 2880; }
function f2881(x) { return x + 2881; }
function f2882(x) { return x + 2882; }
function f2883(x) { return x + 2883; }
function f2884(x) { return x + 2884; }
function f2885(x) { return x + 2885; }
function f2886(x) { return x + 2886; }
function f2887(x) { return x + 2887; }
function f2888(x) { return x + 2888; }
function f2889(x) { return x + 2889; }
function f2890(x) { return x + 2890; }
function f2891(x) { return x + 2891; }
function f2892(x) { return x + 2892; }
function f2893(x) { return x + 2893; }
function f2894(x) { return x + 2894; }
function f2895(x) { return x + 2895; }
function f2896(x) { return x + 2896; }
function f2897(x) { return x + 2897; }
function f2898(x) { return x + 2898; }
function f2899(x) { return x + 2899; }
function f2900(x) { return x + 2900; }
function f2901(x) { return x + 2901; }
function f2902(x) { return x + 2902; }
function f2903(x) { return x + 2903; }
function f2904(x) { return x + 2904; }
function f2905(x) { return x + 2905; }
function f2906(x) { return x + 2906; }
function f2907(x) { return x + 2907; }
function f2908(x) { return x + 2908; }
function f2909(x) { return x + 2909; }
function f2910(x) { return x + 2910; }
function f2911(x) { return x + 2911; }
function f2912(x) { return x + 2912; }
function f2913(x) { return x + 2913; }
function f2914(x) { return x + 2914; }
function f2915(x) { return x + 2915; }
function f2916(x) { return x + 2916; }
function f2917(x) { return x + 2917; }
function f2918(x) { return x + 2918; }
function f2919(x) { return x + 2919; }
function f2920(x) { return x + 2920; }
function f2921(x) { return x + 2921; }
function f2922(x) { return x + 2922; }
function f2923(x) { return x + 2923; }
function f2924(x) { return x + 2924; }
function f2925(x) { return x + 2925; }
function f2926(x) { return x + 2926; }
function f2927(x) { return x + 2927; }
function f2928(x) { return x + 2928; }
function f2929(x) { return x + 2929; }
function f2930(x) { return x + 2930; }
function f2931(x) { return x + 2931; }
function f2932(x) { return x + 2932; }
function f2933(x) { return x + 2933; }
function f2934(x) { return x + 2934; }
function f2935(x) { return x + 2935; }
function f2936(x) { return x + 2936; }
function f2937(x) { return x + 2937; }
function f2938(x) { return x + 2938; }
function f2939(x) { return x + 2939; }
function f2940(x) { return x + 2940; }
function f2941(x) { return x + 2941; }
function f2942(x) { return x + 2942; }
function f2943(x) { return x + 2943; }
function f2944(x) { return x + 2944; }
function f2945(x) { return x + 2945; }
function f2946(x) { return x + 2946; }
function f2947(x) { return x + 2947; }
function f2948(x) { return x + 2948; }
function f2949(x) { return x + 2949; }
function f2950(x) { return x + 2950; }
function f2951(x) { return x + 2951; }
function f2952(x) { return x + 2952; }
function f2953(x) { return x + 2953; }
function f2954(x) { return x + 2954; }
function f2955(x) { return x + 2955; }
function f2956(x) { return x + 2956; }
function f2957(x) { return x + 2957; }
function f2958(x) { return x + 2958; }
function f2959(x) { return x + 2959; }
function f2960(x) { return x + 2960; }
function f2961(x) { return x + 2961; }
function f2962(x) { return x + 2962; }
function f2963(x) { return x + 2963; }
function f2964(x) { return x + 2964; }
function f2965(x) { return x + 2965; }
function f2966(x) { return x + 2966; }
function f2967(x) { return x + 2967; }
function f2968(x) { return x + 2968; }
function f2969(x) { return x + 2969; }
function f2970(x) { return x + 2970; }
function f2971(x) { return x + 2971; }
function f2972(x) { return x + 2972; }
function f2973(x) { return x + 2973; }
function f2974(x) { return x + 2974; }
function f2975(x) { return x + 2975; }
function f2976(x) { return x + 2976; }
function f2977(x) { return x + 2977; }
function f2978(x) { return x + 2978; }
function f2979(x) { return x + 2979; }
function f2980(x) { return x + 2980; }
function f2981(x) { return x + 2981; }
function f2982(x) { return x + 2982; }
function f2983(x) { return x + 2983; }
function f2984(x) { return x + 2984; }
function f2985(x) { return x + 2985; }
function f2986(x) { return x + 2986; }
function f2987(x) { return x + 2987; }
function f2988(x) { return x + 2988; }
function f2989(x) { return x + 2989; }
function f2990(x) { return x + 2990; }
function f2991(x) { return x + 2991; }
function f2992(x) { return x + 2992; }
function f2993(x) { return x + 2993; }
function f2994(x) { return x + 2994; }
function f2995(x) { return x + 2995; }
function f2996(x) { return x + 2996; }
function f2997(x) { return x + 2997; }
function f2998(x) { return x + 2998; }
function f2999(x) { return x + 2999; }
function f3000(x) { return x + 3000; }
function f3001(x) { return x + 3001; }
function f3002(x) { return x + 3002; }
function f3003(x) { return x + 3003; }
function f3004(x) { return x + 3004; }
function f3005(x) { return x + 3005; }
function f3006(x) { return x + 3006; }
function f3007(x) { return x + 3007; }
function f3008(x) { return x + 3008; }
function f3009(x) { return x + 3009; }
function f3010(x) { return x + 3010; }
function f3011(x) { return x + 3011; }
function f3012(x) { return x + 3012; }
function f3013(x) { return x + 3013; }
function f3014(x) { return x + 3014; }
function f3015(x) { return x + 3015; }
function f3016(x) { return x + 3016; }
function f3017(x) { return x + 3017; }
function f3018(x) { return x + 3018; }
function f3019(x) { return x + 3019; }
function f3020(x) { return x + 3020; }
function f3021(x) { return x + 3021; }
function f3022(x) { return x + 3022; }
function f3023(x) { return x + 3023; }
function f3024(x) { return x + 3024; }
function f3025(x) { return x + 3025; }
function f3026(x) { return x + 3026; }
function f3027(x) { return x + 3027; }
function f3028(x) { return x + 3028; }
function f3029(x) { return x + 3029; }
function f3030(x) { return x + 3030; }
function f3031(x) { return x + 3031; }
function f3032(x) { return x + 3032; }
function f3033(x) { return x + 3033; }
function f3034(x) { return x + 3034; }
function f3035(x) { return x + 3035; }
function f3036(x) { return x + 3036; }
function f3037(x) { return x + 3037; }
function f3038(x) { return x + 3038; }
function f3039(x) { return x + 3039; }
function f3040(x) { return x + 3040; }
function f3041(x) { return x + 3041; }
function f3042(x) { return x + 3042; }
function f3043(x) { return x + 3043; }
function f3044(x) { return x + 3044; }
function f3045(x) { return x + 3045; }
function f3046(x) { return x + 3046; }
function f3047(x) { return x + 3047; }
function f3048(x) { return x + 3048; }
function f3049(x) { return x + 3049; }
function f3050(x) { return x + 3050; }
function f3051(x) { return x + 3051; }
function f3052(x) { return x + 3052; }
function f3053(x) { return x + 3053; }
function f3054(x) { return x + 3054; }
function f3055(x) { return x + 3055; }
function f3056(x) { return x + 3056; }
function f3057(x) { return x + 3057; }
function f3058(x) { return x + 3058; }
function f3059(x) { return x + 3059; }
function f3060(x) { return x + 3060; }
function f3061(x) { return x + 3061; }
function f3062(x) { return x + 3062; }
function f3063(x) { return x + 3063; }
function f3064(x) { return x + 3064; }
function f3065(x) { return x + 3065; }
function f3066(x) { return x + 3066; }
function f3067(x) { return x + 3067; }
function f3068(x) { return x + 3068; }
function f3069(x) { return x + 3069; }
function f3070(x) { return x + 3070; }
function f3071(x) { return x + 3071; }
function f3072(x) { return x + 3072; }
function f3073(x) { return x + 3073; }
function f3074(x) { return x + 3074; }
function f3075(x) { return x + 3075; }
function f3076(x) { return x + 3076; }
function f3077(x) { return x + 3077; }
function f3078(x) { return x + 3078; }
function f3079(x) { return x + 3079; }
function f3080(x) { return x + 3080; }
function f3081(x) { return x + 3081; }
function f3082(x) { return x + 3082; }
function f3083(x) { return x + 3083; }
function f3084(x) { return x + 3084; }
function f3085(x) { return x + 3085; }
function f3086(x) { return x + 3086; }
function f3087(x) { return x + 3087; }
function f3088(x) { return x + 3088; }
function f3089(x) { return x + 3089; }
function f3090(x) { return x + 3090; }
function f3091(x) { return x + 3091; }
function f3092(x) { return x + 3092; }
function f3093(x) { return x + 3093; }
function f3094(x) { return x + 3094; }
function f3095(x) { return x + 3095; }
function f3096(x) { return x + 3096; }
function f3097(x) { return x + 3097; }
function f3098(x) { return x + 3098; }
function f3099(x) { return x + 3099; }
function f3100(x) { return x + 3100; }
function f3101(x) { return x + 3101; }
function f3102(x) { return x + 3102; }
function f3103(x) { return x + 3103; }
function f3104(x) { return x + 3104; }
function f3105(x) { return x + 3105; }
function f3106(x) { return x + 3106; }
function f3107(x) { return x + 3107; }
function f3108(x) { return x + 3108; }
function f3109(x) { return x + 3109; }
function f3110(x) { return x + 3110; }
function f3111(x) { return x + 3111; }
function f3112(x) { return x + 3112; }
function f3113(x) { return x + 3113; }
function f3114(x) { return x + 3114; }
function f3115(x) { return x + 3115; }
function f3116(x) { return x + 3116; }
function f3117(x) { return x + 3117; }
function f3118(x) { return x + 3118; }
function f3119(x) { return x + 3119; }
function f3120(x) { return x + 3120; }
function f3121(x) { return x + 3121; }
function f3122(x) { return x + 3122; }
function f3123(x) { return x + 3123; }
function f3124(x) { return x + 3124; }
function f3125(x) { return x + 3125; }
function f3126(x) { return x + 3126; }
function f3127(x) { return x + 3127; }
function f3128(x) { return x + 3128; }
function f3129(x) { return x + 3129; }
function f3130(x) { return x + 3130; }
function f3131(x) { return x + 3131; }
function f3132(x) { return x + 3132; }
function f3133(x) { return x + 3133; }
function f3134(x) { return x + 3134; }
function f3135(x) { return x + 3135; }
function f3136(x) { return x + 3136; }
function f3137(x) { return x + 3137; }
function f3138(x) { return x + 3138; }
function f3139(x) { return x + 3139; }
function f3140(x) { return x + 3140; }
function f3141(x) { return x + 3141; }
function f3142(x) { return x + 3142; }
function f3143(x) { return x + 3143; }
function f3144(x) { return x + 3144; }
function f3145(x) { return x + 3145; }
function f3146(x) { return x + 3146; }
function f3147(x) { return x + 3147; }
function f3148(x) { return x + 3148; }
function f3149(x) { return x + 3149; }
function f3150(x) { return x + 3150; }
function f3151(x) { return x + 3151; }
function f3152(x) { return x + 3152; }
function f3153(x) { return x + 3153; }
function f3154(x) { return x + 3154; }
function f3155(x) { return x + 3155; }
function f3156(x) { return x + 3156; }
function f3157(x) { return x + 3157; }
function f3158(x) { return x + 3158; }
function f3159(x) { return x + 3159; }
function f3160(x) { return x + 3160; }
function f3161(x) { return x + 3161; }
function f3162(x) { return x + 3162; }
function f3163(x) { return x + 3163; }
function f3164(x) { return x + 3164; }
function f3165(x) { return x + 3165; }
function f3166(x) { return x + 3166; }
function f3167(x) { return x + 3167; }
function f3168(x) { return x + 3168; }
function f3169(x) { return x + 3169; }
function f3170(x) { return x + 3170; }
function f3171(x) { return x + 3171; }
function f3172(x) { return x + 3172; }
function f3173(x) { return x + 3173; }
function f3174(x) { return x + 3174; }
function f3175(x) { return x + 3175; }
function f3176(x) { return x + 3176; }
function f3177(x) { return x + 3177; }
function f3178(x) { return x + 3178; }
function f3179(x) { return x + 3179; }
function f3180(x) { return x + 3180; }
function f3181(x) { return x + 3181; }
function f3182(x) { return x + 3182; }
function f3183(x) { return x + 3183; }
function f3184(x) { return x + 3184; }
function f3185(x) { return x + 3185; }
function f3186(x) { return x + 3186; }
function f3187(x) { return x + 3187; }
function f3188(x) { return x + 3188; }
function f3189(x) { return x + 3189; }
function f3190(x) { return x + 3190; }
function f3191(x) { return x + 3191; }
function f3192(x) { return x + 3192; }
function f3193(x) { return x + 3193; }
function f3194(x) { return x + 3194; }
function f3195(x) { return x + 3195; }
function f3196(x) { return x + 3196; }
function f3197(x) { return x + 3197; }
function f3198(x) { return x + 3198; }
function f3199(x) { return x + 3199; }
function f3200(x) { return x + 3200; }
function f3201(x) { return x + 3201; }
function f3202(x) { return x + 3202; }
function f3203(x) { return x + 3203; }
function f3204(x) { return x + 3204; }
function f3205(x) { return x + 3205; }
function f3206(x) { return x + 3206; }
function f3207(x) { return x + 3207; }
function f3208(x) { return x + 3208; }
function f3209(x) { return x + 3209; }
function f3210(x) { return x + 3210; }
function f3211(x) { return x + 3211; }
function f3212(x) { return x + 3212; }
function f3213(x) { return x + 3213; }
function f3214(x) { return x + 3214; }
function f3215(x) { return x + 3215; }
function f3216(x) { return x + 3216; }
function f3217(x) { return x + 3217; }
function f3218(x) { return x + 3218; }
function f3219(x) { return x + 3219; }
function f3220(x) { return x + 3220; }
function f3221(x) { return x + 3221; }
function f3222(x) { return x + 3222; }
function f3223(x) { return x + 3223; }
function f3224(x) { return x + 3224; }
function f3225(x) { return x + 3225; }
function f3226(x) { return x + 3226; }
function f3227(x) { return x + 3227; }
function f3228(x) { return x + 3228; }
function f3229(x) { return x + 3229; }
function f3230(x) { return x + 3230; }
function f3231(x) { return x + 3231; }
function f3232(x) { return x + 3232; }
function f3233(x) { return x + 3233; }
function f3234(x) { return x + 3234; }
function f3235(x) { return x + 3235; }
function f3236(x) { return x + 3236; }
function f3237(x) { return x + 3237; }
function f3238(x) { return x + 3238; }
function f3239(x) { return x + 3239; }
function f3240(x) { return x + 3240; }
function f3241(x) { return x + 3241; }
function f3242(x) { return x + 3242; }
function f3243(x) { return x + 3243; }
function f3244(x) { return x + 3244; }
function f3245(x) { return x + 3245; }
function f3246(x) { return x + 3246; }
function f3247(x) { return x + 3247; }
function f3248(x) { return x + 3248; }
function f3249(x) { return x + 3249; }
function f3250(x) { return x + 3250; }
function f3251(x) { return x + 3251; }
function f3252(x) { return x + 3252; }
function f3253(x) { return x + 3253; }
function f3254(x) { return x + 3254; }
function f3255(x) { return x + 3255; }
function f3256(x) { return x + 3256; }
function f3257(x) { return x + 3257; }
function f3258(x) { return x + 3258; }
function f3259(x) { return x + 3259; }
function f3260(x) { return x + 3260; }
function f3261(x) { return x + 3261; }
function f3262(x) { return x + 3262; }
function f3263(x) { return x + 3263; }
function f3264(x) { return x + 3264; }
function f3265(x) { return x + 3265; }
function f3266(x) { return x + 3266; }
function f3267(x) { return x + 3267; }
function f3268(x) { return x + 3268; }
function f3269(x) { return x + 3269; }
function f3270(x) { return x + 3270; }
function f3271(x) { return x + 3271; }
function f3272(x) { return x + 3272; }
function f3273(x) { return x + 3273; }
function f3274(x) { return x + 3274; }
function f3275(x) { return x + 3275; }
function f3276(x) { return x + 3276; }
function f3277(x) { return x + 3277; }
function f3278(x) { return x + 3278; }
function f3279(x) { return x + 3279; }
function f3280(x) { return x + 3280; }
function f3281(x) { return x + 3281; }
function f3282(x) { return x + 3282; }
function f3283(x) { return x + 3283; }
function f3284(x) { return x + 3284; }
function f3285(x) { return x + 3285; }
function f3286(x) { return x + 3286; }
function f3287(x) { return x + 3287; }
function f3288(x) { return x + 3288; }
function f3289(x) { return x + 3289; }
function f3290(x) { return x + 3290; }
function f3291(x) { return x + 3291; }
function f3292(x) { return x + 3292; }
function f3293(x) { return x + 3293; }
function f3294(x) { return x + 3294; }
function f3295(x) { return x + 3295; }
function f3296(x) { return x + 3296; }
function f3297(x) { return x + 3297; }
function f3298(x) { return x + 3298; }
function f3299(x) { return x + 3299; }
function f3300(x) { return x + 3300; }
function f3301(x) { return x + 3301; }
function f3302(x) { return x + 3302; }
function f3303(x) { return x + 3303; }
function f3304(x) { return x + 3304; }
function f3305(x) { return x + 3305; }
function f3306(x) { return x + 3306; }
function f3307(x) { return x + 3307; }
function f3308(x) { return x + 3308; }
function f3309(x) { return x + 3309; }
function f3310(x) { return x + 3310; }
function f3311(x) { return x + 3311; }
function f3312(x) { return x + 3312; }
function f3313(x) { return x + 3313; }
function f3314(x) { return x + 3314; }
function f3315(x) { return x + 3315; }
function f3316(x) { return x + 3316; }
function f3317(x) { return x + 3317; }
function f3318(x) { return x + 3318; }
function f3319(x) { return x + 3319; }
function f3320(x) { return x + 3320; }
function f3321(x) { return x + 3321; }
function f3322(x) { return x + 3322; }
function f3323(x) { return x + 3323; }
function f3324(x) { return x + 3324; }
function f3325(x) { return x + 3325; }
function f3326(x) { return x + 3326; }
function f3327(x) { return x + 3327; }
function f3328(x) { return x + 3328; }
function f3329(x) { return x + 3329; }
function f3330(x) { return x + 3330; }
function f3331(x) { return x + 3331; }
function f3332(x) { return x + 3332; }
function f3333(x) { return x + 3333; }
function f3334(x) { return x + 3334; }
function f3335(x) { return x + 3335; }
function f3336(x) { return x + 3336; }
function f3337(x) { return x + 3337; }
function f3338(x) { return x + 3338; }
function f3339(x) { return x + 3339; }
function f3340(x) { return x + 3340; }
function f3341(x) { return x + 3341; }
function f3342(x) { return x + 3342; }
function f3343(x) { return x + 3343; }
function f3344(x) { return x + 3344; }
function f3345(x) { return x + 3345; }
function f3346(x) { return x + 3346; }
function f3347(x) { return x + 3347; }
function f3348(x) { return x + 3348; }
function f3349(x) { return x + 3349; }
function f3350(x) { return x + 3350; }
function f3351(x) { return x + 3351; }
function f3352(x) { return x + 3352; }
function f3353(x) { return x + 3353; }
function f3354(x) { return x + 3354; }
function f3355(x) { return x + 3355; }
function f3356(x) { return x + 3356; }
function f3357(x) { return x + 3357; }
function f3358(x) { return x + 3358; }
function f3359(x) { return x + 3359; }
function f3360(x) { return x + 3360; }
function f3361(x) { return x + 3361; }
function f3362(x) { return x + 3362; }
function f3363(x) { return x + 3363; }
function f3364(x) { return x + 3364; }
function f3365(x) { return x + 3365; }
function f3366(x) { return x + 3366; }
function f3367(x) { return x + 3367; }
function f3368(x) { return x + 3368; }
function f3369(x) { return x + 3369; }
function f3370(x) { return x + 3370; }
function f3371(x) { return x + 3371; }
function f3372(x) { return x + 3372; }
function f3373(x) { return x + 3373; }
function f3374(x) { return x + 3374; }
function f3375(x) { return x + 3375; }
function f3376(x) { return x + 3376; }
function f3377(x) { return x + 3377; }
function f3378(x) { return x + 3378; }
function f3379(x) { return x + 3379; }
function f3380(x) { return x + 3380; }
function f3381(x) { return x + 3381; }
function f3382(x) { return x + 3382; }
function f3383(x) { return x + 3383; }
function f3384(x) { return x + 3384; }
function f3385(x) { return x + 3385; }
function f3386(x) { return x + 3386; }
function f3387(x) { return x + 3387; }
function f3388(x) { return x + 3388; }
function f3389(x) { return x + 3389; }
function f3390(x) { return x + 3390; }
function f3391(x) { return x + 3391; }
function f3392(x) { return x + 3392; }
function f3393(x) { return x + 3393; }
function f3394(x) { return x + 3394; }
function f3395(x) { return x + 3395; }
function f3396(x) { return x + 3396; }
function f3397(x) { return x + 3397; }
function f3398(x) { return x + 3398; }
function f3399(x) { return x + 3399; }
function f3400(x) { return x + 3400; }
function f3401(x) { return x + 3401; }
function f3402(x) { return x + 3402; }
function f3403(x) { return x + 3403; }
function f3404(x) { return x + 3404; }
function f3405(x) { return x + 3405; }
function f3406(x) { return x + 3406; }
function f3407(x) { return x + 3407; }
function f3408(x) { return x + 3408; }
function f3409(x) { return x + 3409; }
function f3410(x) { return x + 3410; }
function f3411(x) { return x + 3411; }
function f3412(x) { return x + 3412; }
function f3413(x) { return x + 3413; }
function f3414(x) { return x + 3414; }
function f3415(x) { return x + 3415; }
function f3416(x) { return x + 3416; }
function f3417(x) { return x + 3417; }
function f3418(x) { return x + 3418; }
function f3419(x) { return x + 3419; }
function f3420(x) { return x + 3420; }
function f3421(x) { return x + 3421; }
function f3422(x) { return x + 3422; }
function f3423(x) { return x + 3423; }
function f3424(x) { return x + 3424; }
function f3425(x) { return x + 3425; }
function f3426(x) { return x + 3426; }
function f3427(x) { return x + 3427; }
function f3428(x) { return x + 3428; }
function f3429(x) { return x + 3429; }
function f3430(x) { return x + 3430; }
function f3431(x) { return x + 3431; }
function f3432(x) { return x + 3432; }
function f3433(x) { return x + 3433; }
function f3434(x) { return x + 3434; }
function f3435(x) { return x + 3435; }
function f3436(x) { return x + 3436; }
function f3437(x) { return x + 3437; }
function f3438(x) { return x + 3438; }
function f3439(x) { return x + 3439; }
function f3440(x) { return x + 3440; }
function f3441(x) { return x + 3441; }
function f3442(x) { return x + 3442; }
function f3443(x) { return x + 3443; }
function f3444(x) { return x + 3444; }
function f3445(x) { return x + 3445; }
function f3446(x) { return x + 3446; }
function f3447(x) { return x + 3447; }
function f3448(x) { return x + 3448; }
function f3449(x) { return x + 3449; }
function f3450(x) { return x + 3450; }
function f3451(x) { return x + 3451; }
function f3452(x) { return x + 3452; }
function f3453(x) { return x + 3453; }
function f3454(x) { return x + 3454; }
function f3455(x) { return x + 3455; }
function f3456(x) { return x + 3456; }
function f3457(x) { return x + 3457; }
function f3458(x) { return x + 3458; }
function f3459(x) { return x + 3459; }
function f3460(x) { return x + 3460; }
function f3461(x) { return x + 3461; }
function f3462(x) { return x + 3462; }
function f3463(x) { return x + 3463; }
function f3464(x) { return x + 3464; }
function f3465(x) { return x + 3465; }
function f3466(x) { return x + 3466; }
function f3467(x) { return x + 3467; }
function f3468(x) { return x + 3468; }
function f3469(x) { return x + 3469; }
function f3470(x) { return x + 3470; }
function f3471(x) { return x + 3471; }
function f3472(x) { return x + 3472; }
function f3473(x) { return x + 3473; }
function f3474(x) { return x + 3474; }
function f3475(x) { return x + 3475; }
function f3476(x) { return x + 3476; }
function f3477(x) { return x + 3477; }
function f3478(x) { return x + 3478; }
function f3479(x) { return x + 3479; }
function f3480(x) { return x + 3480; }
function f3481(x) { return x + 3481; }
function f3482(x) { return x + 3482; }
function f3483(x) { return x + 3483; }
function f3484(x) { return x + 3484; }
function f3485(x) { return x + 3485; }
function f3486(x) { return x + 3486; }
function f3487(x) { return x + 3487; }
function f3488(x) { return x + 3488; }
function f3489(x) { return x + 3489; }
function f3490(x) { return x + 3490; }
function f3491(x) { return x + 3491; }
function f3492(x) { return x + 3492; }
function f3493(x) { return x + 3493; }
function f3494(x) { return x + 3494; }
function f3495(x) { return x + 3495; }
function f3496(x) { return x + 3496; }
function f3497(x) { return x + 3497; }
function f3498(x) { return x + 3498; }
function f3499(x) { return x + 3499; }
function f3500(x) { return x + 3500; }
function f3501(x) { return x + 3501; }
function f3502(x) { return x + 3502; }
function f3503(x) { return x + 3503; }
function f3504(x) { return x + 3504; }
function f3505(x) { return x + 3505; }
function f3506(x) { return x + 3506; }
function f3507(x) { return x + 3507; }
function f3508(x) { return x + 3508; }
function f3509(x) { return x + 3509; }
function f3510(x) { return x + 3510; }
function f3511(x) { return x + 3511; }
function f3512(x) { return x + 3512; }
function f3513(x) { return x + 3513; }
function f3514(x) { return x + 3514; }
function f3515(x) { return x + 3515; }
function f3516(x) { return x + 3516; }
function f3517(x) { return x + 3517; }
function f3518(x) { return x + 3518; }
function f3519(x) { return x + 3519; }
function f3520(x) { return x + 3520; }
function f3521(x) { return x + 3521; }
function f3522(x) { return x + 3522; }
function f3523(x) { return x + 3523; }
function f3524(x) { return x + 3524; }
function f3525(x) { return x + 3525; }
function f3526(x) { return x + 3526; }
function f3527(x) { return x + 3527; }
function f3528(x) { return x + 3528; }
function f3529(x) { return x + 3529; }
function f3530(x) { return x + 3530; }
function f3531(x) { return x + 3531; }
function f3532(x) { return x + 3532; }
function f3533(x) { return x + 3533; }
function f3534(x) { return x + 3534; }
function f3535(x) { return x + 3535; }
function f3536(x) { return x + 3536; }
function f3537(x) { return x + 3537; }
function f3538(x) { return x + 3538; }
function f3539(x) { return x + 3539; }
function f3540(x) { return x + 3540; }
function f3541(x) { return x + 3541; }
function f3542(x) { return x + 3542; }
function f3543(x) { return x + 3543; }
function f3544(x) { return x + 3544; }
function f3545(x) { return x + 3545; }
function f3546(x) { return x + 3546; }
function f3547(x) { return x + 3547; }
function f3548(x) { return x + 3548; }
function f3549(x) { return x + 3549; }
function f3550(x) { return x + 3550; }
function f3551(x) { return x + 3551; }
function f3552(x) { return x + 3552; }
function f3553(x) { return x + 3553; }
function f3554(x) { return x + 3554; }
function f3555(x) { return x + 3555; }
function f3556(x) { return x + 3556; }
function f3557(x) { return x + 3557; }
function f3558(x) { return x + 3558; }
function f3559(x) { return x + 3559; }
function f3560(x) { return x + 3560; }
function f3561(x) { return x + 3561; }
function f3562(x) { return x + 3562; }
function f3563(x) { return x + 3563; }
function f3564(x) { return x + 3564; }
function f3565(x) { return x + 3565; }
function f3566(x) { return x + 3566; }
function f3567(x) { return x + 3567; }
function f3568(x) { return x + 3568; }
function f3569(x) { return x + 3569; }
function f3570(x) { return x + 3570; }
function f3571(x) { return x + 3571; }
function f3572(x) { return x + 3572; }
function f3573(x) { return x + 3573; }
function f3574(x) { return x + 3574; }
function f3575(x) { return x + 3575; }
function f3576(x) { return x + 3576; }
function f3577(x) { return x + 3577; }
function f3578(x) { return x + 3578; }
function f3579(x) { return x + 3579; }
function f3580(x) { return x + 3580; }
function f3581(x) { return x + 3581; }
function f3582(x) { return x + 3582; }
function f3583(x) { return x + 3583; }
function f3584(x) { return x + 3584; }
function f3585(x) { return x + 3585; }
function f3586(x) { return x + 3586; }
function f3587(x) { return x + 3587; }
function f3588(x) { return x + 3588; }
function f3589(x) { return x + 3589; }
function f3590(x) { return x + 3590; }
function f3591(x) { return x + 3591; }
function f3592(x) { return x + 3592; }
function f3593(x) { return x + 3593; }
function f3594(x) { return x + 3594; }
function f3595(x) { return x + 3595; }
function f3596(x) { return x + 3596; }
function f3597(x) { return x + 3597; }
function f3598(x) { return x + 3598; }
function f3599(x) { return x + 3599; }
function f3600(x) { return x + 3600; }
function f3601(x) { return x + 3601; }
function f3602(x) { return x + 3602; }
function f3603(x) { return x + 3603; }
function f3604(x) { return x + 3604; }
function f3605(x) { return x + 3605; }
function f3606(x) { return x + 3606; }
function f3607(x) { return x + 3607; }
function f3608(x) { return x + 3608; }
function f3609(x) { return x + 3609; }
function f3610(x) { return x + 3610; }
function f3611(x) { return x + 3611; }
function f3612(x) { return x + 3612; }
function f3613(x) { return x + 3613; }
function f3614(x) { return x + 3614; }
function f3615(x) { return x + 3615; }
function f3616(x) { return x + 3616; }
function f3617(x) { return x + 3617; }
function f3618(x) { return x + 3618; }
function f3619(x) { return x + 3619; }
function f3620(x) { return x + 3620; }
function f3621(x) { return x + 3621; }
function f3622(x) { return x + 3622; }
function f3623(x) { return x + 3623; }
function f3624(x) { return x + 3624; }
function f3625(x) { return x + 3625; }
function f3626(x) { return x + 3626; }
function f3627(x) { return x + 3627; }
function f3628(x) { return x + 3628; }
function f3629(x) { return x + 3629; }
function f3630(x) { return x + 3630; }
function f3631(x) { return x + 3631; }
function f3632(x) { return x + 3632; }
function f3633(x) { return x + 3633; }
function f3634(x) { return x + 3634; }
function f3635(x) { return x + 3635; }
function f3636(x) { return x + 3636; }
function f3637(x) { return x + 3637; }
function f3638(x) { return x + 3638; }
function f3639(x) { return x + 3639; }
function f3640(x) { return x + 3640; }
function f3641(x) { return x + 3641; }
function f3642(x) { return x + 3642; }
function f3643(x) { return x + 3643; }
function f3644(x) { return x + 3644; }
function f3645(x) { return x + 3645; }
function f3646(x) { return x + 3646; }
function f3647(x) { return x + 3647; }
function f3648(x) { return x + 3648; }
function f3649(x) { return x + 3649; }
function f3650(x) { return x + 3650; }
function f3651(x) { return x + 3651; }
function f3652(x) { return x + 3652; }
function f3653(x) { return x + 3653; }
function f3654(x) { return x + 3654; }
function f3655(x) { return x + 3655; }
function f3656(x) { return x + 3656; }
function f3657(x) { return x + 3657; }
function f3658(x) { return x + 3658; }
function f3659(x) { return x + 3659; }
function f3660(x) { return x + 3660; }
function f3661(x) { return x + 3661; }
function f3662(x) { return x + 3662; }
function f3663(x) { return x + 3663; }
function f3664(x) { return x + 3664; }
function f3665(x) { return x + 3665; }
function f3666(x) { return x + 3666; }
function f3667(x) { return x + 3667; }
function f3668(x) { return x + 3668; }
function f3669(x) { return x + 3669; }
function f3670(x) { return x + 3670; }
function f3671(x) { return x + 3671; }
function f3672(x) { return x + 3672; }
function f3673(x) { return x + 3673; }
function f3674(x) { return x + 3674; }
function f3675(x) { return x + 3675; }
function f3676(x) { return x + 3676; }
function f3677(x) { return x + 3677; }
function f3678(x) { return x + 3678; }
function f3679(x) { return x + 3679; }
function f3680(x) { return x + 3680; }
function f3681(x) { return x + 3681; }
function f3682(x) { return x + 3682; }
function f3683(x) { return x + 3683; }
function f3684(x) { return x + 3684; }
function f3685(x) { return x + 3685; }
function f3686(x) { return x + 3686; }
function f3687(x) { return x + 3687; }
function f3688(x) { return x + 3688; }
function f3689(x) { return x + 3689; }
function f3690(x) { return x + 3690; }
function f3691(x) { return x + 3691; }
function f3692(x) { return x + 3692; }
function f3693(x) { return x + 3693; }
function f3694(x) { return x + 3694; }
function f3695(x) { return x + 3695; }
function f3696(x) { return x + 3696; }
function f3697(x) { return x + 3697; }
function f3698(x) { return x + 3698; }
function f3699(x) { return x + 3699; }
function f3700(x) { return x + 3700; }
function f3701(x) { return x + 3701; }
function f3702(x) { return x + 3702; }
function f3703(x) { return x + 3703; }
function f3704(x) { return x + 3704; }
function f3705(x) { return x + 3705; }
function f3706(x) { return x + 3706; }
function f3707(x) { return x + 3707; }
function f3708(x) { return x + 3708; }
function f3709(x) { return x + 3709; }
function f3710(x) { return x + 3710; }
function f3711(x) { return x + 3711; }
function f3712(x) { return x + 3712; }
function f3713(x) { return x + 3713; }
function f3714(x) { return x + 3714; }
function f3715(x) { return x + 3715; }
function f3716(x) { return x + 3716; }
function f3717(x) { return x + 3717; }
function f3718(x) { return x + 3718; }
function f3719(x) { return x + 3719; }
function f3720(x) { return x + 3720; }
function f3721(x) { return x + 3721; }
function f3722(x) { return x + 3722; }
function f3723(x) { return x + 3723; }
function f3724(x) { return x + 3724; }
function f3725(x) { return x + 3725; }
function f3726(x) { return x + 3726; }
function f3727(x) { return x + 3727; }
function f3728(x) { return x + 3728; }
function f3729(x) { return x + 3729; }
function f3730(x) { return x + 3730; }
function f3731(x) { return x + 3731; }
function f3732(x) { return x + 3732; }
function f3733(x) { return x + 3733; }
function f3734(x) { return x + 3734; }
function f3735(x) { return x + 3735; }
function f3736(x) { return x + 3736; }
function f3737(x) { return x + 3737; }
function f3738(x) { return x + 3738; }
function f3739(x) { return x + 3739; }
function f3740(x) { return x + 3740; }
function f3741(x) { return x + 3741; }
function f3742(x) { return x + 3742; }
function f3743(x) { return x + 3743; }
function f3744(x) { return x + 3744; }
function f3745(x) { return x + 3745; }
function f3746(x) { return x + 3746; }
function f3747(x) { return x + 3747; }
function f3748(x) { return x + 3748; }
function f3749(x) { return x + 3749; }
function f3750(x) { return x + 3750; }
function f3751(x) { return x + 3751; }
function f3752(x) { return x + 3752; }
function f3753(x) { return x + 3753; }
function f3754(x) { return x + 3754; }
function f3755(x) { return x + 3755; }
function f3756(x) { return x + 3756; }
function f3757(x) { return x + 3757; }
function f3758(x) { return x + 3758; }
function f3759(x) { return x + 3759; }
function f3760(x) { return x + 3760; }
function f3761(x) { return x + 3761; }
function f3762(x) { return x + 3762; }
function f3763(x) { return x + 3763; }
function f3764(x) { return x + 3764; }
function f3765(x) { return x + 3765; }
function f3766(x) { return x + 3766; }
function f3767(x) { return x + 3767; }
function f3768(x) { return x + 3768; }
function f3769(x) { return x + 3769; }
function f3770(x) { return x + 3770; }
function f3771(x) { return x + 3771; }
function f3772(x) { return x + 3772; }
function f3773(x) { return x + 3773; }
function f3774(x) { return x + 3774; }
function f3775(x) { return x + 3775; }
function f3776(x) { return x + 3776; }
function f3777(x) { return x + 3777; }
function f3778(x) { return x + 3778; }
function f3779(x) { return x + 3779; }
function f3780(x) { return x + 3780; }
function f3781(x) { return x + 3781; }
function f3782(x) { return x + 3782; }
function f3783(x) { return x + 3783; }
function f3784(x) { return x + 3784; }
function f3785(x) { return x + 3785; }
function f3786(x) { return x + 3786; }
function f3787(x) { return x + 3787; }
function f3788(x) { return x + 3788; }
function f3789(x) { return x + 3789; }
function f3790(x) { return x + 3790; }
function f3791(x) { return x + 3791; }
function f3792(x) { return x + 3792; }
function f3793(x) { return x + 3793; }
function f3794(x) { return x + 3794; }
function f3795(x) { return x + 3795; }
function f3796(x) { return x + 3796; }
function f3797(x) { return x + 3797; }
function f3798(x) { return x + 3798; }
function f3799(x) { return x + 3799; }
function f3800(x) { return x + 3800; }
function f3801(x) { return x + 3801; }
function f3802(x) { return x + 3802; }
function f3803(x) { return x + 3803; }
function f3804(x) { return x + 3804; }
function f3805(x) { return x + 3805; }
function f3806(x) { return x + 3806; }
function f3807(x) { return x + 3807; }
function f3808(x) { return x + 3808; }
function f3809(x) { return x + 3809; }
function f3810(x) { return x + 3810; }
function f3811(x) { return x + 3811; }
function f3812(x) { return x + 3812; }
function f3813(x) { return x + 3813; }
function f3814(x) { return x + 3814; }
function f3815(x) { return x + 3815; }
function f3816(x) { return x + 3816; }
function f3817(x) { return x + 3817; }
function f3818(x) { return x + 3818; }
function f3819(x) { return x + 3819; }
function f3820(x) { return x + 3820; }
function f3821(x) { return x + 3821; }
function f3822(x) { return x + 3822; }
function f3823(x) { return x + 3823; }
function f3824(x) { return x + 3824; }
function f3825(x) { return x + 3825; }
function f3826(x) { return x + 3826; }
function f3827(x) { return x + 3827; }
function f3828(x) { return x + 3828; }
function f3829(x) { return x + 3829; }
function f3830(x) { return x + 3830; }
function f3831(x) { return x + 3831; }
function f3832(x) { return x + 3832; }
function f3833(x) { return x + 3833; }
function f3834(x) { return x + 3834; }
function f3835(x) { return x + 3835; }
function f3836(x) { return x + 3836; }
function f3837(x) { return x + 3837; }
function f3838(x) { return x + 3838; }
function f3839(x) { return x + 3839; }
function f3840(x) { return x + 3840; }
function f3841(x) { return x + 3841; }
function f3842(x) { return x + 3842; }
function f3843(x) { return x + 3843; }
function f3844(x) { return x + 3844; }
function f3845(x) { return x + 3845; }
function f3846(x) { return x + 3846; }
function f3847(x) { return x + 3847; }
function f3848(x) { return x + 3848; }
function f3849(x) { return x + 3849; }
function f3850(x) { return x + 3850; }
function f3851(x) { return x + 3851; }
function f3852(x) { return x + 3852; }
function f3853(x) { return x + 3853; }
function f3854(x) { return x + 3854; }
function f3855(x) { return x + 3855; }
function f3856(x) { return x + 3856; }
function f3857(x) { return x + 3857; }
function f3858(x) { return x + 3858; }
function f3859(x) { return x + 3859; }
function f3860(x) { return x + 3860; }
function f3861(x) { return x + 3861; }
function f3862(x) { return x + 3862; }
function f3863(x) { return x + 3863; }
function f3864(x) { return x + 3864; }
function f3865(x) { return x + 3865; }
function f3866(x) { return x + 3866; }
function f3867(x) { return x + 3867; }
function f3868(x) { return x + 3868; }
function f3869(x) { return x + 3869; }
function f3870(x) { return x + 3870; }
function f3871(x) { return x + 3871; }
function f3872(x) { return x + 3872; }
function f3873(x) { return x + 3873; }
function f3874(x) { return x + 3874; }
function f3875(x) { return x + 3875; }
function f3876(x) { return x + 3876; }
function f3877(x) { return x + 3877; }
function f3878(x) { return x + 3878; }
function f3879(x) { return x + 3879; }
function f3880(x) { return x + 3880; }
function f3881(x) { return x + 3881; }
function f3882(x) { return x + 3882; }
function f3883(x) { return x + 3883; }
function f3884(x) { return x + 3884; }
function f3885(x) { return x + 3885; }
function f3886(x) { return x + 3886; }
function f3887(x) { return x + 3887; }
function f3888(x) { return x + 3888; }
function f3889(x) { return x + 3889; }
function f3890(x) { return x + 3890; }
function f3891(x) { return x + 3891; }
function f3892(x) { return x + 3892; }
function f3893(x) { return x + 3893; }
function f3894(x) { return x + 3894; }
function f3895(x) { return x + 3895; }
function f3896(x) { return x + 3896; }
function f3897(x) { return x + 3897; }
function f3898(x) { return x + 3898; }
function f3899(x) { return x + 3899; }
function f3900(x) { return x + 3900; }
function f3901(x) { return x + 3901; }
function f3902(x) { return x + 3902; }
function f3903(x) { return x + 3903; }
function f3904(x) { return x + 3904; }
function f3905(x) { return x + 3905; }
function f3906(x) { return x + 3906; }
function f3907(x) { return x + 3907; }
function f3908(x) { return x + 3908; }
function f3909(x) { return x + 3909; }
function f3910(x) { return x + 3910; }
function f3911(x) { return x + 3911; }
function f3912(x) { return x + 3912; }
function f3913(x) { return x + 3913; }
function f3914(x) { return x + 3914; }
function f3915(x) { return x + 3915; }
function f3916(x) { return x + 3916; }
function f3917(x) { return x + 3917; }
function f3918(x) { return x + 3918; }
function f3919(x) { return x + 3919; }
function f3920(x) { return x + 3920; }
function f3921(x) { return x + 3921; }
function f3922(x) { return x + 3922; }
function f3923(x) { return x + 3923; }
function f3924(x) { return x + 3924; }
function f3925(x) { return x + 3925; }
function f3926(x) { return x + 3926; }
function f3927(x) { return x + 3927; }
function f3928(x) { return x + 3928; }
function f3929(x) { return x + 3929; }
function f3930(x) { return x + 3930; }
function f3931(x) { return x + 3931; }
function f3932(x) { return x + 3932; }
function f3933(x) { return x + 3933; }
function f3934(x) { return x + 3934; }
function f3935(x) { return x + 3935; }
function f3936(x) { return x + 3936; }
function f3937(x) { return x + 3937; }
function f3938(x) { return x + 3938; }
function f3939(x) { return x + 3939; }
function f3940(x) { return x + 3940; }
function f3941(x) { return x + 3941; }
function f3942(x) { return x + 3942; }
function f3943(x) { return x + 3943; }
function f3944(x) { return x + 3944; }
function f3945(x) { return x + 3945; }
function f3946(x) { return x + 3946; }
function f3947(x) { return x + 3947; }
function f3948(x) { return x + 3948; }
function f3949(x) { return x + 3949; }
function f3950(x) { return x + 3950; }
function f3951(x) { return x + 3951; }
function f3952(x) { return x + 3952; }
function f3953(x) { return x + 3953; }
function f3954(x) { return x + 3954; }
function f3955(x) { return x + 3955; }
function f3956(x) { return x + 3956; }
function f3957(x) { return x + 3957; }
function f3958(x) { return x + 3958; }
function f3959(x) { return x + 3959; }
function f3960(x) { return x + 3960; }
function f3961(x) { return x + 3961; }
function f3962(x) { return x + 3962; }
function f3963(x) { return x + 3963; }
function f3964(x) { return x + 3964; }
function f3965(x) { return x + 3965; }
function f3966(x) { return x + 3966; }
function f3967(x) { return x + 3967; }
function f3968(x) { return x + 3968; }
function f3969(x) { return x + 3969; }
function f3970(x) { return x + 3970; }
function f3971(x) { return x + 3971; }
function f3972(x) { return x + 3972; }
function f3973(x) { return x + 3973; }
function f3974(x) { return x + 3974; }
function f3975(x) { return x + 3975; }
function f3976(x) { return x + 3976; }
function f3977(x) { return x + 3977; }
function f3978(x) { return x + 3978; }
function f3979(x) { return x + 3979; }
function f3980(x) { return x + 3980; }
function f3981(x) { return x + 3981; }
function f3982(x) { return x + 3982; }
function f3983(x) { return x + 3983; }
function f3984(x) { return x + 3984; }
function f3985(x) { return x + 3985; }
function f3986(x) { return x + 3986; }
function f3987(x) { return x + 3987; }
function f3988(x) { return x + 3988; }
function f3989(x) { return x + 3989; }
function f3990(x) { return x + 3990; }
function f3991(x) { return x + 3991; }
function f3992(x) { return x + 3992; }
function f3993(x) { return x + 3993; }
function f3994(x) { return x + 3994; }
function f3995(x) { return x + 3995; }
function f3996(x) { return x + 3996; }
function f3997(x) { return x + 3997; }
function f3998(x) { return x + 3998; }
function f3999(x) { return x + 3999; }
var v0 = 0;
var v1 = 1;
var v2 = 2;
var v3 = 3;
var v4 = 4;
var v5 = 5;
var v6 = 6;
var v7 = 7;
var v8 = 8;
var v9 = 9;
var v10 = 10;
var v11 = 11;
var v12 = 12;
var v13 = 13;
var v14 = 14;
var v15 = 15;
var v16 = 16;
var v17 = 17;
var v18 = 18;
var v19 = 19;
var v20 = 20;
var v21 = 21;
var v22 = 22;
var v23 = 23;
var v24 = 24;
var v25 = 25;
var v26 = 26;
var v27 = 27;
var v28 = 28;
var v29 = 29;
var v30 = 30;
var v31 = 31;
var v32 = 32;
var v33 = 33;
var v34 = 34;
var v35 = 35;
var v36 = 36;
var v37 = 37;
var v38 = 38;
var v39 = 39;
var v40 = 40;
var v41 = 41;
var v42 = 42;
var v43 = 43;
var v44 = 44;
var v45 = 45;
var v46 = 46;
var v47 = 47;
var v48 = 48;
var v49 = 49;
var v50 = 50;
var v51 = 51;
var v52 = 52;
var v53 = 53;
var v54 = 54;
var v55 = 55;
var v56 = 56;
var v57 = 57;
var v58 = 58;
var v59 = 59;
var v60 = 60;
var v61 = 61;
var v62 = 62;
var v63 = 63;
var v64 = 64;
var v65 = 65;
var v66 = 66;
var v67 = 67;
var v68 = 68;
var v69 = 69;
var v70 = 70;
var v71 = 71;
var v72 = 72;
var v73 = 73;
var v74 = 74;
var v75 = 75;
var v76 = 76;
var v77 = 77;
var v78 = 78;
var v79 = 79;
var v80 = 80;
var v81 = 81;
var v82 = 82;
var v83 = 83;
var v84 = 84;
var v85 = 85;
var v86 = 86;
var v87 = 87;
var v88 = 88;
var v89 = 89;
var v90 = 90;
var v91 = 91;
var v92 = 92;
var v93 = 93;
var v94 = 94;
var v95 = 95;
var v96 = 96;
var v97 = 97;
var v98 = 98;
var v99 = 99;
var v100 = 100;
var v101 = 101;
var v102 = 102;
var v103 = 103;
var v104 = 104;
var v105 = 105;
var v106 = 106;
var v107 = 107;
var v108 = 108;
var v109 = 109;
var v110 = 110;
var v111 = 111;
var v112 = 112;
var v113 = 113;
var v114 = 114;
var v115 = 115;
var v116 = 116;
var v117 = 117;
var v118 = 118;
var v119 = 119;
var v120 = 120;
var v121 = 121;
var v122 = 122;
var v123 = 123;
var v124 = 124;
var v125 = 125;
var v126 = 126;
var v127 = 127;
var v128 = 128;
var v129 = 129;
var v130 = 130;
var v131 = 131;
var v132 = 132;
var v133 = 133;
var v134 = 134;
var v135 = 135;
var v136 = 136;
var v137 = 137;
var v138 = 138;
var v139 = 139;
var v140 = 140;
var v141 = 141;
var v142 = 142;
var v143 = 143;
var v144 = 144;
var v145 = 145;
var v146 = 146;
var v147 = 147;
var v148 = 148;
var v149 = 149;
var v150 = 150;
var v151 = 151;
var v152 = 152;
var v153 = 153;
var v154 = 154;
var v155 = 155;
var v156 = 156;
var v157 = 157;
var v158 = 158;
var v159 = 159;
var v160 = 160;
var v161 = 161;
var v162 = 162;
var v163 = 163;
var v164 = 164;
var v165 = 165;
var v166 = 166;
var v167 = 167;
var v168 = 168;
var v169 = 169;
var v170 = 170;
var v171 = 171;
var v172 = 172;
var v173 = 173;
var v174 = 174;
var v175 = 175;
var v176 = 176;
var v177 = 177;
var v178 = 178;
var v179 = 179;
var v180 = 180;
var v181 = 181;
var v182 = 182;
var v183 = 183;
var v184 = 184;
var v185 = 185;
var v186 = 186;
var v187 = 187;
var v188 = 188;
var v189 = 189;
var v190 = 190;
var v191 = 191;
var v192 = 192;
var v193 = 193;
var v194 = 194;
var v195 = 195;
var v196 = 196;
var v197 = 197;
var v198 = 198;
var v199 = 199;
var v200 = 200;
var v201 = 201;
var v202 = 202;
var v203 = 203;
var v204 = 204;
var v205 = 205;
var v206 = 206;
var v207 = 207;
var v208 = 208;
var v209 = 209;
var v210 = 210;
var v211 = 211;
var v212 = 212;
var v213 = 213;
var v214 = 214;
var v215 = 215;
var v216 = 216;
var v217 = 217;
var v218 = 218;
var v219 = 219;
var v220 = 220;
var v221 = 221;
var v222 = 222;
var v223 = 223;
var v224 = 224;
var v225 = 225;
var v226 = 226;
var v227 = 227;
var v228 = 228;
var v229 = 229;
var v230 = 230;
var v231 = 231;
var v232 = 232;
var v233 = 233;
var v234 = 234;
var v235 = 235;
var v236 = 236;
var v237 = 237;
var v238 = 238;
var v239 = 239;
var v240 = 240;
var v241 = 241;
var v242 = 242;
var v243 = 243;
var v244 = 244;
var v245 = 245;
var v246 = 246;
var v247 = 247;
var v248 = 248;
var v249 = 249;
var v250 = 250;
var v251 = 251;
var v252 = 252;
var v253 = 253;
var v254 = 254;
var v255 = 255;
var v256 = 256;
var v257 = 257;
var v258 = 258;
var v259 = 259;
var v260 = 260;
var v261 = 261;
var v262 = 262;
var v263 = 263;
var v264 = 264;
var v265 = 265;
var v266 = 266;
var v267 = 267;
var v268 = 268;
var v269 = 269;
var v270 = 270;
var v271 = 271;
var v272 = 272;
var v273 = 273;
var v274 = 274;
var v275 = 275;
var v276 = 276;
var v277 = 277;
var v278 = 278;
var v279 = 279;
var v280 = 280;
var v281 = 281;
var v282 = 282;
var v283 = 283;
var v284 = 284;
var v285 = 285;
var v286 = 286;
var v287 = 287;
var v288 = 288;
var v289 = 289;
var v290 = 290;
var v291 = 291;
var v292 = 292;
var v293 = 293;
var v294 = 294;
var v295 = 295;
var v296 = 296;
var v297 = 297;
var v298 = 298;
var v299 = 299;
var v300 = 300;
var v301 = 301;
var v302 = 302;
var v303 = 303;
var v304 = 304;
var v305 = 305;
var v306 = 306;
var v307 = 307;
var v308 = 308;
var v309 = 309;
var v310 = 310;
var v311 = 311;
var v312 = 312;
var v313 = 313;
var v314 = 314;
var v315 = 315;
var v316 = 316;
var v317 = 317;
var v318 = 318;
var v319 = 319;
var v320 = 320;
var v321 = 321;
var v322 = 322;
var v323 = 323;
var v324 = 324;
var v325 = 325;
var v326 = 326;
var v327 = 327;
var v328 = 328;
var v329 = 329;
var v330 = 330;
var v331 = 331;
var v332 = 332;
var v333 = 333;
var v334 = 334;
var v335 = 335;
var v336 = 336;
var v337 = 337;
var v338 = 338;
var v339 = 339;
var v340 = 340;
var v341 = 341;
var v342 = 342;
var v343 = 343;
var v344 = 344;
var v345 = 345;
var v346 = 346;
var v347 = 347;
var v348 = 348;
var v349 = 349;
var v350 = 350;
var v351 = 351;
var v352 = 352;
var v353 = 353;
var v354 = 354;
var v355 = 355;
var v356 = 356;
var v357 = 357;
var v358 = 358;
var v359 = 359;
var v360 = 360;
var v361 = 361;
var v362 = 362;
var v363 = 363;
var v364 = 364;
var v365 = 365;
var v366 = 366;
var v367 = 367;
var v368 = 368;
var v369 = 369;
var v370 = 370;
var v371 = 371;
var v372 = 372;
var v373 = 373;
var v374 = 374;
var v375 = 375;
var v376 = 376;
var v377 = 377;
var v378 = 378;
var v379 = 379;
var v380 = 380;
var v381 = 381;
var v382 = 382;
var v383 = 383;
var v384 = 384;
var v385 = 385;
var v386 = 386;
var v387 = 387;
var v388 = 388;
var v389 = 389;
var v390 = 390;
var v391 = 391;
var v392 = 392;
var v393 = 393;
var v394 = 394;
var v395 = 395;
var v396 = 396;
var v397 = 397;
var v398 = 398;
var v399 = 399;
var v400 = 400;
var v401 = 401;
var v402 = 402;
var v403 = 403;
var v404 = 404;
var v405 = 405;
var v406 = 406;
var v407 = 407;
var v408 = 408;
var v409 = 409;
var v410 = 410;
var v411 = 411;
var v412 = 412;
var v413 = 413;
var v414 = 414;
var v415 = 415;
var v416 = 416;
var v417 = 417;
var v418 = 418;
var v419 = 419;
var v420 = 420;
var v421 = 421;
var v422 = 422;
var v423 = 423;
var v424 = 424;
var v425 = 425;
var v426 = 426;
var v427 = 427;
var v428 = 428;
var v429 = 429;
var v430 = 430;
var v431 = 431;
var v432 = 432;
var v433 = 433;
var v434 = 434;
var v435 = 435;
var v436 = 436;
var v437 = 437;
var v438 = 438;
var v439 = 439;
var v440 = 440;
var v441 = 441;
var v442 = 442;
var v443 = 443;
var v444 = 444;
var v445 = 445;
var v446 = 446;
var v447 = 447;
var v448 = 448;
var v449 = 449;
var v450 = 450;
var v451 = 451;
var v452 = 452;
var v453 = 453;
var v454 = 454;
var v455 = 455;
var v456 = 456;
var v457 = 457;
var v458 = 458;
var v459 = 459;
var v460 = 460;
var v461 = 461;
var v462 = 462;
var v463 = 463;
var v464 = 464;
var v465 = 465;
var v466 = 466;
var v467 = 467;
var v468 = 468;
var v469 = 469;
var v470 = 470;
var v471 = 471;
var v472 = 472;
var v473 = 473;
var v474 = 474;
var v475 = 475;
var v476 = 476;
var v477 = 477;
var v478 = 478;
var v479 = 479;
var v480 = 480;
var v481 = 481;
var v482 = 482;
var v483 = 483;
var v484 = 484;
var v485 = 485;
var v486 = 486;
var v487 = 487;
var v488 = 488;
var v489 = 489;
var v490 = 490;
var v491 = 491;
var v492 = 492;
var v493 = 493;
var v494 = 494;
var v495 = 495;
var v496 = 496;
var v497 = 497;
var v498 = 498;
var v499 = 499;
var v500 = 500;
var v501 = 501;
var v502 = 502;
var v503 = 503;
var v504 = 504;
var v505 = 505;
var v506 = 506;
var v507 = 507;
var v508 = 508;
var v509 = 509;
var v510 = 510;
var v511 = 511;
var v512 = 512;
var v513 = 513;
var v514 = 514;
var v515 = 515;
var v516 = 516;
var v517 = 517;
var v518 = 518;
var v519 = 519;
var v520 = 520;
var v521 = 521;
var v522 = 522;
var v523 = 523;
var v524 = 524;
var v525 = 525;
var v526 = 526;
var v527 = 527;
var v528 = 528;
var v529 = 529;
var v530 = 530;
var v531 = 531;
var v532 = 532;
var v533 = 533;
var v534 = 534;
var v535 = 535;
var v536 = 536;
var v537 = 537;
var v538 = 538;
var v539 = 539;
var v540 = 540;
var v541 = 541;
var v542 = 542;
var v543 = 543;
var v544 = 544;
var v545 = 545;
var v546 = 546;
var v547 = 547;
var v548 = 548;
var v549 = 549;
var v550 = 550;
var v551 = 551;
var v552 = 552;
var v553 = 553;
var v554 = 554;
var v555 = 555;
var v556 = 556;
var v557 = 557;
var v558 = 558;
var v559 = 559;
var v560 = 560;
var v561 = 561;
var v562 = 562;
var v563 = 563;
var v564 = 564;
var v565 = 565;
var v566 = 566;
var v567 = 567;
var v568 = 568;
var v569 = 569;
var v570 = 570;
var v571 = 571;
var v572 = 572;
var v573 = 573;
var v574 = 574;
var v575 = 575;
var v576 = 576;
var v577 = 577;
var v578 = 578;
var v579 = 579;
var v580 = 580;
var v581 = 581;
var v582 = 582;
var v583 = 583;
var v584 = 584;
var v585 = 585;
var v586 = 586;
var v587 = 587;
var v588 = 588;
var v589 = 589;
var v590 = 590;
var v591 = 591;
var v592 = 592;
var v593 = 593;
var v594 = 594;
var v595 = 595;
var v596 = 596;
var v597 = 597;
var v598 = 598;
var v599 = 599;
var v600 = 600;
var v601 = 601;
var v602 = 602;
var v603 = 603;
var v604 = 604;
var v605 = 605;
var v606 = 606;
var v607 = 607;
var v608 = 608;
var v609 = 609;
var v610 = 610;
var v611 = 611;
var v612 = 612;
var v613 = 613;
var v614 = 614;
var v615 = 615;
var v616 = 616;
var v617 = 617;
var v618 = 618;
var v619 = 619;
var v620 = 620;
var v621 = 621;
var v622 = 622;
var v623 = 623;
var v624 = 624;
var v625 = 625;
var v626 = 626;
var v627 = 627;
var v628 = 628;
var v629 = 629;
var v630 = 630;
var v631 = 631;
var v632 = 632;
var v633 = 633;
var v634 = 634;
var v635 = 635;
var v636 = 636;
var v637 = 637;
var v638 = 638;
var v639 = 639;
var v640 = 640;
var v641 = 641;
var v642 = 642;
var v643 = 643;
var v644 = 644;
var v645 = 645;
var v646 = 646;
var v647 = 647;
var v648 = 648;
var v649 = 649;
var v650 = 650;
var v651 = 651;
var v652 = 652;
var v653 = 653;
var v654 = 654;
var v655 = 655;
var v656 = 656;
var v657 = 657;
var v658 = 658;
var v659 = 659;
var v660 = 660;
var v661 = 661;
var v662 = 662;
var v663 = 663;
var v664 = 664;
var v665 = 665;
var v666 = 666;
var v667 = 667;
var v668 = 668;
var v669 = 669;
var v670 = 670;
var v671 = 671;
var v672 = 672;
var v673 = 673;
var v674 = 674;
var v675 = 675;
var v676 = 676;
var v677 = 677;
var v678 = 678;
var v679 = 679;
var v680 = 680;
var v681 = 681;
var v682 = 682;
var v683 = 683;
var v684 = 684;
var v685 = 685;
var v686 = 686;
var v687 = 687;
var v688 = 688;
var v689 = 689;
var v690 = 690;
var v691 = 691;
var v692 = 692;
var v693 = 693;
var v694 = 694;
var v695 = 695;
var v696 = 696;
var v697 = 697;
var v698 = 698;
var v699 = 699;
var v700 = 700;
var v701 = 701;
var v702 = 702;
var v703 = 703;
var v704 = 704;
var v705 = 705;
var v706 = 706;
var v707 = 707;
var v708 = 708;
var v709 = 709;
var v710 = 710;
var v711 = 711;
var v712 = 712;
var v713 = 713;
var v714 = 714;
var v715 = 715;
var v716 = 716;
var v717 = 717;
var v718 = 718;
var v719 = 719;
var v720 = 720;
var v721 = 721;
var v722 = 722;
var v723 = 723;
var v724 = 724;
var v725 = 725;
var v726 = 726;
var v727 = 727;
var v728 = 728;
var v729 = 729;
var v730 = 730;
var v731 = 731;
var v732 = 732;
var v733 = 733;
var v734 = 734;
var v735 = 735;
var v736 = 736;
var v737 = 737;
var v738 = 738;
var v739 = 739;
var v740 = 740;
var v741 = 741;
var v742 = 742;
var v743 = 743;
var v744 = 744;
var v745 = 745;
var v746 = 746;
var v747 = 747;
var v748 = 748;
var v749 = 749;
var v750 = 750;
var v751 = 751;
var v752 = 752;
var v753 = 753;
var v754 = 754;
var v755 = 755;
var v756 = 756;
var v757 = 757;
var v758 = 758;
var v759 = 759;
var v760 = 760;
var v761 = 761;
var v762 = 762;
var v763 = 763;
var v764 = 764;
var v765 = 765;
var v766 = 766;
var v767 = 767;
var v768 = 768;
var v769 = 769;
var v770 = 770;
var v771 = 771;
var v772 = 772;
var v773 = 773;
var v774 = 774;
var v775 = 775;
var v776 = 776;
var v777 = 777;
var v778 = 778;
var v779 = 779;
var v780 = 780;
var v781 = 781;
var v782 = 782;
var v783 = 783;
var v784 = 784;
var v785 = 785;
var v786 = 786;
var v787 = 787;
var v788 = 788;
var v789 = 789;
var v790 = 790;
var v791 = 791;
var v792 = 792;
var v793 = 793;
var v794 = 794;
var v795 = 795;
var v796 = 796;
var v797 = 797;
var v798 = 798;
var v799 = 799;
var v800 = 800;
var v801 = 801;
var v802 = 802;
var v803 = 803;
var v804 = 804;
var v805 = 805;
var v806 = 806;
var v807 = 807;
var v808 = 808;
var v809 = 809;
var v810 = 810;
var v811 = 811;
var v812 = 812;
var v813 = 813;
var v814 = 814;
var v815 = 815;
var v816 = 816;
var v817 = 817;
var v818 = 818;
var v819 = 819;
var v820 = 820;
var v821 = 821;
var v822 = 822;
var v823 = 823;
var v824 = 824;
var v825 = 825;
var v826 = 826;
var v827 = 827;
var v828 = 828;
var v829 = 829;
var v830 = 830;
var v831 = 831;
var v832 = 832;
var v833 = 833;
var v834 = 834;
var v835 = 835;
var v836 = 836;
var v837 = 837;
var v838 = 838;
var v839 = 839;
var v840 = 840;
var v841 = 841;
var v842 = 842;
var v843 = 843;
var v844 = 844;
var v845 = 845;
var v846 = 846;
var v847 = 847;
var v848 = 848;
var v849 = 849;
var v850 = 850;
var v851 = 851;
var v852 = 852;
var v853 = 853;
var v854 = 854;
var v855 = 855;
var v856 = 856;
var v857 = 857;
var v858 = 858;
var v859 = 859;
var v860 = 860;
var v861 = 861;
var v862 = 862;
var v863 = 863;
var v864 = 864;
var v865 = 865;
var v866 = 866;
var v867 = 867;
var v868 = 868;
var v869 = 869;
var v870 = 870;
var v871 = 871;
var v872 = 872;
var v873 = 873;
var v874 = 874;
var v875 = 875;
var v876 = 876;
var v877 = 877;
var v878 = 878;
var v879 = 879;
var v880 = 880;
var v881 = 881;
var v882 = 882;
var v883 = 883;
var v884 = 884;
var v885 = 885;
var v886 = 886;
var v887 = 887;
var v888 = 888;
var v889 = 889;
var v890 = 890;
var v891 = 891;
var v892 = 892;
var v893 = 893;
var v894 = 894;
var v895 = 895;
var v896 = 896;
var v897 = 897;
var v898 = 898;
var v899 = 899;
var v900 = 900;
var v901 = 901;
var v902 = 902;
var v903 = 903;
var v904 = 904;
var v905 = 905;
var v906 = 906;
var v907 = 907;
var v908 = 908;
var v909 = 909;
var v910 = 910;
var v911 = 911;
var v912 = 912;
var v913 = 913;
var v914 = 914;
var v915 = 915;
var v916 = 916;
var v917 = 917;
var v918 = 918;
var v919 = 919;
var v920 = 920;
var v921 = 921;
var v922 = 922;
var v923 = 923;
var v924 = 924;
var v925 = 925;
var v926 = 926;
var v927 = 927;
var v928 = 928;
var v929 = 929;
var v930 = 930;
var v931 = 931;
var v932 = 932;
var v933 = 933;
var v934 = 934;
var v935 = 935;
var v936 = 936;
var v937 = 937;
var v938 = 938;
var v939 = 939;
var v940 = 940;
var v941 = 941;
var v942 = 942;
var v943 = 943;
var v944 = 944;
var v945 = 945;
var v946 = 946;
var v947 = 947;
var v948 = 948;
var v949 = 949;
var v950 = 950;
var v951 = 951;
var v952 = 952;
var v953 = 953;
var v954 = 954;
var v955 = 955;
var v956 = 956;
var v957 = 957;
var v958 = 958;
var v959 = 959;
var v960 = 960;
var v961 = 961;
var v962 = 962;
var v963 = 963;
var v964 = 964;
var v965 = 965;
var v966 = 966;
var v967 = 967;
var v968 = 968;
var v969 = 969;
var v970 = 970;
var v971 = 971;
var v972 = 972;
var v973 = 973;
var v974 = 974;
var v975 = 975;
var v976 = 976;
var v977 = 977;
var v978 = 978;
var v979 = 979;
var v980 = 980;
var v981 = 981;
var v982 = 982;
var v983 = 983;
var v984 = 984;
var v985 = 985;
var v986 = 986;
var v987 = 987;
var v988 = 988;
var v989 = 989;
var v990 = 990;
var v991 = 991;
var v992 = 992;
var v993 = 993;
var v994 = 994;
var v995 = 995;
var v996 = 996;
var v997 = 997;
var v998 = 998;
var v999 = 999;
var sum = 0;
function callMany(n) {
  var s = 0;
  for (var i = 0; i < n; i++) s += f0(i) + f1999(i) + f3999(i) + v0 + v999;
  return s;
}
function repeat() { for (var r = 0; r < 30; r++) sum += callMany(20); }
repeat();
console.log(sum, typeof f2500, typeof g0, v500);

// New globals after the readers ran: assigned ones and one declared by a later function.
function addGlobals(n) { for (var i = 0; i < n; i++) { counter = i; } return counter; }
console.log(addGlobals(100), counter);
var late = 5;
function readLate() { return late + f3000(1); }
var lateTotal = 0;
function readMany() { for (var j = 0; j < 100; j++) { late = j; lateTotal += readLate(); } }
readMany();
console.log(lateTotal);
console.log(missingGlobal);
