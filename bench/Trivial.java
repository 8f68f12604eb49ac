/** The floor: a Java program that does nothing, started like Mizan, so cold times can be read as ratios. */
public final class Trivial {
    public static void main(String[] args) {
        System.out.println("ok");
    }
}
