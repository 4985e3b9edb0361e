package io.mqttca.console.ui.common;

import java.util.Locale;

/** A small item and row type for the kit's tests: the kit knows nothing of CAs. */
final class TestRows {

    record Item(String key, String name) {
    }

    static final class Row implements ListRow {
        private final String key;
        private final RowActivity activity = new RowActivity();
        private String name;

        Row(Item item) {
            this.key = item.key();
            this.name = item.name();
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public RowActivity activity() {
            return activity;
        }

        @Override
        public boolean matches(String lowerCaseFilter) {
            return name.toLowerCase(Locale.ROOT).contains(lowerCaseFilter);
        }

        String name() {
            return name;
        }
    }

    static final class Factory implements RowFactory<Item, Row> {
        @Override
        public String keyOf(Item item) {
            return item.key();
        }

        @Override
        public Row create(Item item) {
            return new Row(item);
        }

        @Override
        public void update(Row row, Item item) {
            row.name = item.name();
        }
    }

    private TestRows() {
    }
}
