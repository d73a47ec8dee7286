package com.jixiao.i18n;

import com.jixiao.model.Language;

/**
 * Something with a name in each language (an item, a role). As an argument of a {@link Message} it
 * is shown by its label in the language the message is rendered in, so the core can name an item in
 * a sentence without knowing the language.
 */
public interface Labelled {
  String label(Language language);
}
