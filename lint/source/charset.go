package source

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Spreadsheets in Spanish locales (Excel's "CSV (delimitado por comas)")
// save CSV files in Windows-1252, not UTF-8. A CSV file that is not UTF-8
// and holds no UTF-8 sequence at all is read as Windows-1252: its posts
// are records, whose offsets are into their decoded text anyway, and
// ApplyFixes writes the file back in the same encoding.

// csvText returns data as UTF-8 and whether it was decoded from
// Windows-1252. Invalid UTF-8 in a file that mostly holds valid UTF-8
// sequences is damage, not another encoding: checkText reports it. A few
// Windows-1252 letters can look like a UTF-8 sequence by chance ("àª·" is
// the bytes of U+0AB7), so such sequences do not make a file UTF-8.
func csvText(path string, data []byte) ([]byte, bool, error) {
	if utf8.Valid(data) {
		return data, false, nil
	}
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return nil, false, errorf(path, 1, "the file is UTF-16 text; save it as \"CSV UTF-8\"")
	}
	if mostlyUTF8(data) || bytes.IndexByte(data, 0) >= 0 {
		return nil, false, checkText(path, data)
	}
	dec, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil || !roundTrips(data, dec) {
		return nil, false, checkText(path, data)
	}
	return dec, true, nil
}

// mostlyUTF8 reports whether data holds at least as many UTF-8 sequences
// of characters that Spanish posts use (Latin letters, punctuation, emoji)
// as bytes that are not UTF-8. Sequences of other characters are left out:
// Windows-1252 text makes them by chance, not Latin letters.
func mostlyUTF8(data []byte) bool {
	plausible, invalid := 0, 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			invalid++
		case r < 0x0800, r >= 0x2000 && r < 0x2BFF, r >= 0x1F000, r == 0xFE0F:
			plausible++
		}
		i += n
	}
	return plausible > 0 && plausible >= invalid
}

func roundTrips(orig, dec []byte) bool {
	enc, err := charmap.Windows1252.NewEncoder().Bytes(dec)
	return err == nil && bytes.Equal(enc, orig)
}

// toWindows1252 encodes fixed UTF-8 text back; ok is false when the text
// holds characters Windows-1252 cannot store.
func toWindows1252(b []byte) ([]byte, bool) {
	enc, err := charmap.Windows1252.NewEncoder().Bytes(b)
	return enc, err == nil
}
