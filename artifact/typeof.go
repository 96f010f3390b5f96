package artifact

// TypeOf returns a file's ganpipe.type ("matrix", "history", ...) reading
// only its footer and schema, or "" for an Arrow file ganpipe did not write.
func TypeOf(path string) (string, error) {
	t, err := readArrow(path, "")
	if err != nil {
		return "", err
	}
	defer t.close()
	return t.meta[MetaType], nil
}
