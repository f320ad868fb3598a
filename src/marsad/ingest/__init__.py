"""Reading articles from pasted text, HTML, feeds, JSON Lines and WARC archives into Docs."""
