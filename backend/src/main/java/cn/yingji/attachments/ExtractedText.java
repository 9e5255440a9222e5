package cn.yingji.attachments;

import java.util.List;

/** Raw text from an extractor, before normalisation, with what the extractor had to leave out. */
record ExtractedText(String text, List<String> warnings) {

    ExtractedText {
        warnings = List.copyOf(warnings);
    }
}
