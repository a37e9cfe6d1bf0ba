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
// Windows-1252. Invalid UTF-8 in a file that also holds valid UTF-8
// sequences is damage, not another encoding: checkText reports it.
func csvText(path string, data []byte) ([]byte, bool, error) {
	if utf8.Valid(data) {
		return data, false, nil
	}
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return nil, false, errorf(path, 1, "the file is UTF-16 text; save it as \"CSV UTF-8\"")
	}
	if hasMultibyteUTF8(data) || bytes.IndexByte(data, 0) >= 0 {
		return nil, false, checkText(path, data)
	}
	dec, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil || !roundTrips(data, dec) {
		return nil, false, checkText(path, data)
	}
	return dec, true, nil
}

// hasMultibyteUTF8 reports whether data holds a valid UTF-8 sequence of
// more than one byte.
func hasMultibyteUTF8(data []byte) bool {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r != utf8.RuneError && n > 1 {
			return true
		}
		i += n
	}
	return false
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
