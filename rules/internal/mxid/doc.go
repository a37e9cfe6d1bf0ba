// Package mxid validates the structure and check digits of Mexican personal
// identifiers (CURP, RFC, clave de elector, CLABE, payment cards, NSS) and
// generates valid synthetic ones for tests.
//
// Every validator takes the identifier already cleaned: upper-case ASCII
// letters and digits with separators removed. The letter Ñ, which an RFC may
// hold, is passed as the single byte 0xD1 (its Latin-1 code) so that every
// character of an identifier is one byte; Normalize does this cleaning.
//
// A validator answers with a Status: Invalid when the text does not have the
// identifier's structure, Possible when the structure is right but the check
// digit is wrong (a typo in a real identifier, or a made-up one), and Valid.
//
// The generators make identifiers that pass every check but belong to nobody:
// tests must never carry real people's data, and the example identifiers that
// circulate in tutorials often fail their own check digit.
package mxid
