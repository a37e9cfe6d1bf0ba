package report

import (
	"errors"
	"io"
)

func encodeText(w io.Writer, r *Report) error       { return errors.New("not implemented") }
func encodeJSON(w io.Writer, r *Report) error       { return errors.New("not implemented") }
func encodeJSONL(w io.Writer, r *Report) error      { return errors.New("not implemented") }
func encodeSARIF(w io.Writer, r *Report) error      { return errors.New("not implemented") }
func encodeCheckstyle(w io.Writer, r *Report) error { return errors.New("not implemented") }
func encodeGitHub(w io.Writer, r *Report) error     { return errors.New("not implemented") }
