package vn.sochibo.application.demo;

/** Creates a realistic fictional cell (about 25 members, two years of history) to explore the app with. */
public class DemoCell {
    /** Fills an empty data folder with the demo cell; refuses when the folder already holds a cell. */
    public void create() {
        throw new UnsupportedOperationException("in progress");
    }
}
