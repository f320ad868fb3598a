"""Named entities: gazetteers, context rules and within-document coreference."""
