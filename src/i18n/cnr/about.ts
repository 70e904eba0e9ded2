/**
 * Montenegrin (cnr) strings of about: only those that differ from Bosnian, bs/about.ts; the rest
 * are Bosnian's (src/i18n/derive.ts). Draft awaiting review by a native speaker.
 */
export const about = {
  "intro": "Monitor mape puta prati napredak Albanije, Bosne i Hercegovine, Kosova*, Crne Gore, Sjeverne Makedonije i Srbije u sprovođenju Mape puta za borbu protiv nezakonitih finansijskih tokova i korupcije na Zapadnom Balkanu.",
  "release": {
    "kinds": {
      "value-added": "Dodata vrijednost"
    }
  },
  "method": {
    "ratio": "Ako je cilj utvrđen, ostvareni rast upoređuje se s rastom potrebnim da se cilj dostigne na vrijeme: R = d × ostvareni CAGR ÷ |potrebni CAGR|, pri čemu je d +1 kada su veće vrijednosti bolje, a −1 kada su manje vrijednosti bolje.",
    "noTarget": "Ako cilj nije utvrđen, ostvareni rast u željenom smjeru (d × CAGR) upoređuje se s fiksnim godišnjim stopama.",
    "withTarget": "S utvrđenim ciljem (odnos R)"
  },
  "reference": {
    "fatfNotMember": "Nije članica MONEYVAL-a; ocjenjuje se kroz projekte Savjeta Evrope i EU",
    "fatfSource": "Izvor: javna saopštenja FATF-a o jurisdikcijama pod pojačanim nadzorom."
  },
  "translationDraft": "Prevodi na jezike osim engleskog su nacrti koji čekaju pregled izvornog govornika."
} as const;
