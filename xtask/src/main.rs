fn main() {
    eprintln!("no xtask commands yet");
    std::process::exit(2);
}
