<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AddPersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Tambah orang</translation>
    </message>
    <message>
        <source>A teacher&apos;s classes and subjects come from the teacher chosen here: the homeroom teacher changes her classes in full, a subject teacher the scores and worksheets of what she teaches. Give the person their PIN in private.</source>
        <translation>Kelas dan mata pelajaran seorang guru diambil dari guru yang dipilih di sini: wali kelas mengubah kelasnya secara penuh, guru mapel mengubah nilai dan LKS yang ia ajar. Berikan PIN kepada orangnya secara pribadi.</translation>
    </message>
    <message>
        <source>(not a teacher)</source>
        <translation>(bukan guru)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Guru</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Ulangi PIN</translation>
    </message>
</context>
<context>
    <name>AfterMeetingDialog</name>
    <message>
        <source>{came} of {invited} families came</source>
        <translation>{came} dari {invited} keluarga hadir</translation>
    </message>
    <message>
        <source>After the meeting of {day}</source>
        <translation>Setelah pertemuan {day}</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Siswa</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Yang hadir</translation>
    </message>
    <message>
        <source>What the family raised</source>
        <translation>Yang disampaikan keluarga</translation>
    </message>
    <message>
        <source>Notes of the meeting</source>
        <translation>Catatan pertemuan</translation>
    </message>
</context>
<context>
    <name>AllowanceDialog</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Class or teacher</source>
        <translation>Kelas / guru</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Guru</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Kuota</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Every pupil of {name}</source>
        <translation>Semua siswa {name}</translation>
    </message>
    <message>
        <source>Every teacher ({count})</source>
        <translation>Semua guru ({count})</translation>
    </message>
    <message>
        <source>{count} received {total}</source>
        <translation>{count} menerima {total}</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>Mobile data (kuota)</source>
        <translation>Kuota data</translation>
    </message>
    <message>
        <source>Print the month…</source>
        <translation>Cetak daftar bulan…</translation>
    </message>
    <message>
        <source>Record data given</source>
        <translation>Catat pemberian kuota</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <source>Each</source>
        <translation>Masing-masing</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Catat</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>— none: a new assessment —</source>
        <translation>— tidak: penilaian baru —</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Penilaian baru</translation>
    </message>
    <message>
        <source>Summative of a TP or topic</source>
        <translation>Sumatif lingkup materi (TP atau topik)</translation>
    </message>
    <message>
        <source>Mid-semester summative (STS)</source>
        <translation>Sumatif tengah semester (STS)</translation>
    </message>
    <message>
        <source>End-of-semester summative (SAS)</source>
        <translation>Sumatif akhir semester (SAS)</translation>
    </message>
    <message>
        <source>Formative (achieved / not yet)</source>
        <translation>Formatif (tercapai / belum)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Batas kumpul</translation>
    </message>
    <message>
        <source>handed in by</source>
        <translation>dikumpulkan paling lambat</translation>
    </message>
    <message>
        <source>From a worksheet handed out:</source>
        <translation>Dari lembar kerja yang dibagikan:</translation>
    </message>
    <message>
        <source>The learning objectives it assesses (choose any):</source>
        <translation>Tujuan pembelajaran yang dinilai (pilih satu atau lebih):</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Sunday</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>Saturday (the school does not teach on Saturdays)</source>
        <translation>Sabtu (sekolah tidak belajar pada hari Sabtu)</translation>
    </message>
    <message>
        <source>public holiday: {name}</source>
        <translation>hari libur nasional: {name}</translation>
    </message>
    <message>
        <source>the school&apos;s day off: {name}</source>
        <translation>hari libur sekolah: {name}</translation>
    </message>
    <message>
        <source>No school on this day ({why}).</source>
        <translation>Tidak ada sekolah pada hari ini ({why}).</translation>
    </message>
    <message>
        <source>Not taken yet: press “All present”, or mark the pupils who are not here.</source>
        <translation>Belum diisi: tekan “Semua hadir”, atau tandai siswa yang tidak hadir.</translation>
    </message>
    <message>
        <source>Taken · present {h} · sick {s} · excused {i} · absent {a}</source>
        <translation>Sudah diisi · hadir {h} · sakit {s} · izin {i} · alpa {a}</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>All present</source>
        <translation>Semua hadir</translation>
    </message>
    <message>
        <source>Rules and days off…</source>
        <translation>Aturan dan hari libur…</translation>
    </message>
    <message>
        <source>The day before</source>
        <translation>Hari sebelumnya</translation>
    </message>
    <message>
        <source>The next day</source>
        <translation>Hari berikutnya</translation>
    </message>
    <message>
        <source>Daily register</source>
        <translation>Presensi harian</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Rekap bulanan</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Parent meetings</source>
        <translation>Pertemuan orang tua</translation>
    </message>
    <message>
        <source>Online lessons</source>
        <translation>Jadwal daring</translation>
    </message>
    <message>
        <source>Letters…</source>
        <translation>Surat…</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Siswa</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Letter received</source>
        <translation>Surat diterima</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Choose a pupil and press H present · S sick · I excused (izin) · A absent without a reason; the next pupil is chosen. L: the letter came today. Pupils not marked were present. An A without a letter puts a call to the parents on “Follow-up”; absences in a row open a case for the counsellor.</source>
        <translation>Pilih siswa lalu tekan H hadir · S sakit · I izin · A alpa (tanpa keterangan); siswa berikutnya terpilih. L: suratnya datang hari ini. Siswa yang tidak ditandai hadir. A tanpa surat memunculkan panggilan ke orang tua di “Tindak lanjut”; alpa berturut-turut membuka kasus untuk guru BK.</translation>
    </message>
</context>
<context>
    <name>BackupPassphraseDialog</name>
    <message>
        <source>Encrypt backups</source>
        <translation>Enkripsi cadangan</translation>
    </message>
    <message>
        <source>A backup holds every child&apos;s data. With a passphrase every new backup is encrypted, and restoring one asks for it, on this laptop or any other. Write it down and keep it at the school: without it no encrypted backup can be restored. Backups made before keep the passphrase they were made with.</source>
        <translation>Cadangan berisi data setiap anak. Dengan frasa sandi, setiap cadangan baru dienkripsi, dan memulihkannya meminta frasa sandi itu, di laptop ini atau laptop lain. Tuliskan dan simpan di sekolah: tanpa frasa sandi, cadangan terenkripsi tidak dapat dipulihkan. Cadangan yang dibuat sebelumnya tetap memakai frasa sandi saat dibuat.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Ulangi</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>No camera was found on this laptop. Plug in a webcam and turn the camera on again, or type the codes, or read them from photos.</source>
        <translation>Tidak ada kamera di laptop ini. Pasang webcam lalu nyalakan kamera lagi, atau ketik kodenya, atau baca dari foto.</translation>
    </message>
    <message>
        <source>The camera cannot be used: a part of the system is missing ({detail}). Type the codes, or read them from photos.</source>
        <translation>Kamera tidak bisa dipakai: ada bagian sistem yang tidak ada ({detail}). Ketik kodenya, atau baca dari foto.</translation>
    </message>
    <message>
        <source>The camera cannot be used: this copy of Tomoni Desktop has no video support for this computer. Type the codes, or read them from photos.</source>
        <translation>Kamera tidak bisa dipakai: salinan Tomoni Desktop ini tidak punya dukungan video untuk komputer ini. Ketik kodenya, atau baca dari foto.</translation>
    </message>
    <message>
        <source>The camera stopped: {detail}</source>
        <translation>Kamera berhenti: {detail}</translation>
    </message>
    <message numerus="yes">
        <source>Hold each cover up to the camera, its QR code whole and in the light. %n codes read so far.</source>
        <translation>
            <numerusform>Hadapkan setiap sampul ke kamera, kode QR-nya utuh dan terang. %n kode sudah terbaca.</numerusform>
        </translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Tidak ada gambar</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>This copy of Tomoni Desktop was made without the camera. Type the codes (a barcode scanner types them too), or read them from photos.</source>
        <translation>Salinan Tomoni Desktop ini dibuat tanpa kamera. Ketik kodenya (pemindai kode batang juga mengetiknya), atau baca dari foto.</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Batas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>Hasilnya</translation>
    </message>
    <message>
        <source>Counsellor&apos;s note (confidential)</source>
        <translation>Catatan guru BK (rahasia)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cara</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>closed on {day}: {result}</source>
        <translation>ditutup {day}: {result}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>terbuka</translation>
    </message>
    <message>
        <source>{pupil} ({name}) · {why} since {first} · opened on {opened} · {status}</source>
        <translation>{pupil} ({name}) · {why} sejak {first} · dibuka {opened} · {status}</translation>
    </message>
    <message>
        <source>A case for the counsellor</source>
        <translation>Kasus untuk guru BK</translation>
    </message>
    <message>
        <source>Contacts with the family about this case</source>
        <translation>Kontak dengan keluarga tentang kasus ini</translation>
    </message>
</context>
<context>
    <name>ClassRecapView</name>
    <message>
        <source>result missing after its due date</source>
        <translation>belum ada nilai, lewat batas kumpul</translation>
    </message>
    <message>
        <source>no final score yet</source>
        <translation>belum ada nilai akhir</translation>
    </message>
    <message>
        <source>final score set by hand</source>
        <translation>nilai akhir diubah manual</translation>
    </message>
    <message>
        <source>a score outside 0-100</source>
        <translation>nilai di luar 0-100</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Siswa</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Mata pelajaran</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hal</translation>
    </message>
    <message>
        <source>Assessment or reason</source>
        <translation>Penilaian atau alasan</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Belum ada</translation>
    </message>
    <message>
        <source>Note on the report of {pupil}:</source>
        <translation>Catatan rapor {pupil}:</translation>
    </message>
    <message>
        <source>the homeroom teacher&apos;s note, printed on the progress report</source>
        <translation>catatan wali kelas, dicetak di laporan perkembangan</translation>
    </message>
    <message>
        <source>To look at before printing the reports: {count}</source>
        <translation>Perlu diperiksa sebelum mencetak rapor: {count}</translation>
    </message>
    <message>
        <source>Nothing to look at: every pupil has a final score in every subject.</source>
        <translation>Tidak ada yang perlu diperiksa: setiap siswa sudah punya nilai akhir di setiap mata pelajaran.</translation>
    </message>
    <message>
        <source>Note on the report:</source>
        <translation>Catatan rapor:</translation>
    </message>
    <message>
        <source>choose a pupil above, then write the homeroom teacher&apos;s note</source>
        <translation>pilih siswa di atas, lalu tulis catatan wali kelas</translation>
    </message>
    <message>
        <source>Keep note</source>
        <translation>Simpan catatan</translation>
    </message>
</context>
<context>
    <name>CodeClashDialog</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Siswa</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Lembar kerja</translation>
    </message>
    <message>
        <source>{pupil} now has code {code}: print this pupil&apos;s cover again.</source>
        <translation>{pupil} sekarang memakai kode {code}: cetak ulang sampul untuk siswa ini.</translation>
    </message>
    <message>
        <source>Same pickup code twice</source>
        <translation>Kode ambil ganda</translation>
    </message>
    <message>
        <source>Two laptops gave these copies on paper the same pickup code. Give one of them a new code, then print that pupil&apos;s cover again.</source>
        <translation>Dua laptop memberi lembar kertas ini kode ambil yang sama. Beri salah satunya kode baru, lalu cetak ulang sampul siswa itu.</translation>
    </message>
    <message>
        <source>Give a new code</source>
        <translation>Beri kode baru</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Pupil and worksheet</source>
        <translation>Siswa dan lembar kerja</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Nilai-nilai</translation>
    </message>
    <message>
        <source>{value} — {laptop}, {when}</source>
        <translation>{value} — {laptop}, {when}</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>These scores were entered differently on two laptops. Keep the right one, or type it; your choice travels with the next bundle and settles it everywhere.</source>
        <translation>Nilai-nilai ini diisi berbeda di dua laptop. Pilih yang benar, atau ketik nilainya; pilihan Anda ikut bundel berikutnya dan menyelesaikan konflik di semua komputer.</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>Pakai nilai ini</translation>
    </message>
    <message>
        <source>Use this score</source>
        <translation>Pakai nilai ketikan ini</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact with the parents of {pupil}</source>
        <translation>Kontak dengan orang tua {pupil}</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cara</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%n assessments</source>
        <translation>
            <numerusform>%n penilaian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n classes</source>
        <translation>
            <numerusform>%n kelas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n codes recorded.</source>
        <translation>
            <numerusform>{count} dari %n kode dicatat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies back</source>
        <translation>
            <numerusform>%n lembar kembali</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies not back</source>
        <translation>
            <numerusform>%n lembar belum kembali</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies to collect</source>
        <translation>
            <numerusform>%n lembar diambil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days absent</source>
        <translation>
            <numerusform>%n hari tidak hadir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n families</source>
        <translation>
            <numerusform>%n keluarga</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n houses</source>
        <translation>
            <numerusform>%n rumah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letters</source>
        <translation>
            <numerusform>%n surat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lessons a week</source>
        <translation>
            <numerusform>%n pelajaran seminggu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n final scores still missing</source>
        <translation>
            <numerusform>%n nilai akhir belum ada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing or hand-set scores</source>
        <translation>
            <numerusform>%n nilai belum ada atau diubah manual</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open cases</source>
        <translation>
            <numerusform>%n kasus terbuka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n halaman</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupils</source>
        <translation>
            <numerusform>%n siswa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheets</source>
        <translation>
            <numerusform>%n lembar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subjects</source>
        <translation>
            <numerusform>%n mata pelajaran</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n teachers</source>
        <translation>
            <numerusform>%n guru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worksheets</source>
        <translation>
            <numerusform>%n lembar kerja</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>The school database is damaged</source>
        <translation>Basis data sekolah rusak</translation>
    </message>
    <message>
        <source>Salvage what can be read</source>
        <translation>Selamatkan yang masih terbaca</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>Tutup aplikasi</translation>
    </message>
    <message>
        <source>No backup to restore</source>
        <translation>Tidak ada cadangan untuk dipulihkan</translation>
    </message>
    <message>
        <source>Restore the backup of {when}</source>
        <translation>Pulihkan cadangan {when}</translation>
    </message>
    <message>
        <source>The file {name} cannot be read whole.</source>
        <translation>Berkas {name} tidak dapat dibaca utuh.</translation>
    </message>
    <message>
        <source>This happens when a laptop is switched off while it writes, or a disk or flash drive begins to fail. Nothing has been changed or deleted.</source>
        <translation>Ini terjadi bila laptop mati saat sedang menulis, atau disk atau flashdisk mulai rusak. Belum ada yang diubah atau dihapus.</translation>
    </message>
    <message>
        <source>No good backup was found in the backup folder. Salvage keeps every row that can still be read.</source>
        <translation>Tidak ada cadangan baik di folder cadangan. Menyelamatkan menyimpan setiap baris yang masih terbaca.</translation>
    </message>
    <message>
        <source>The newest good backup is from {when}. What was entered after it is not in it: the changes already sent to the office in sync bundles come back with the office&apos;s next bundle; the rest must be entered again.</source>
        <translation>Cadangan baik terbaru dibuat {when}. Yang dimasukkan sesudahnya tidak ada di dalamnya: perubahan yang sudah dikirim ke kantor dalam bundel sinkronisasi kembali bersama bundel berikutnya dari kantor; sisanya harus dimasukkan lagi.</translation>
    </message>
    <message>
        <source>Either way the damaged file is kept beside the database under a name with &quot;damaged&quot; in it, for a technician.</source>
        <translation>Bagaimanapun, berkas yang rusak disimpan di samping basis data dengan nama berisi &quot;damaged&quot;, untuk teknisi.</translation>
    </message>
    <message>
        <source>Not even its list of tables can be read.</source>
        <translation>Daftar tabelnya pun tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>tidak terbaca</translation>
    </message>
    <message>
        <source>{count} can be read</source>
        <translation>{count} terbaca</translation>
    </message>
    <message>
        <source>Still readable:</source>
        <translation>Yang masih terbaca:</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Siswa</translation>
    </message>
    <message>
        <source>Same NISN</source>
        <translation>NISN sama</translation>
    </message>
    <message>
        <source>Same name and date of birth</source>
        <translation>Nama dan tanggal lahir sama</translation>
    </message>
    <message>
        <source>NISN {nisn}</source>
        <translation>NISN {nisn}</translation>
    </message>
    <message>
        <source>no NISN</source>
        <translation>tanpa NISN</translation>
    </message>
    <message>
        <source>Same pupil twice</source>
        <translation>Siswa tercatat dua kali</translation>
    </message>
    <message>
        <source>These records look like one child entered on two laptops. Choose the record to keep: the other&apos;s guardians, classes and worksheets move to it, and its empty fields are filled from the other.</source>
        <translation>Data ini tampaknya satu anak yang dicatat di dua laptop. Pilih data yang disimpan: wali, kelas dan lembar kerja data lainnya pindah ke sana, dan kolom yang kosong diisi dari data lainnya.</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Simpan:</translation>
    </message>
    <message>
        <source>Merge into one</source>
        <translation>Gabungkan jadi satu</translation>
    </message>
</context>
<context>
    <name>EveryClassBox</name>
    <message>
        <source>Every class</source>
        <translation>Semua kelas</translation>
    </message>
</context>
<context>
    <name>FinalScoreDialog</name>
    <message>
        <source>Final score of {pupil}</source>
        <translation>Nilai akhir {pupil}</translation>
    </message>
    <message>
        <source>Set the final score by hand</source>
        <translation>Tetapkan nilai akhir secara manual</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Hasil hitungan</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation>Nilai akhir</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <source>Pupil</source>
        <translation>Siswa</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Absent on</source>
        <translation>Tidak hadir pada</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>terlambat</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Batas</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Sebab</translation>
    </message>
    <message>
        <source>Parents to contact about an absence without a letter: {count}</source>
        <translation>Orang tua yang perlu dihubungi karena alpa tanpa surat: {count}</translation>
    </message>
    <message>
        <source>Open cases: {cases} · steps to do: {steps}</source>
        <translation>Kasus terbuka: {cases} · langkah yang harus dikerjakan: {steps}</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Tutup kasus</translation>
    </message>
    <message>
        <source>How did the case of {pupil} end?</source>
        <translation>Bagaimana kasus {pupil} berakhir?</translation>
    </message>
    <message>
        <source>Log a contact…</source>
        <translation>Catat kontak…</translation>
    </message>
    <message>
        <source>WhatsApp…</source>
        <translation>WhatsApp…</translation>
    </message>
    <message>
        <source>Step done…</source>
        <translation>Langkah selesai…</translation>
    </message>
    <message>
        <source>Letter…</source>
        <translation>Surat…</translation>
    </message>
    <message>
        <source>Summons letter…</source>
        <translation>Surat panggilan…</translation>
    </message>
    <message>
        <source>The whole case…</source>
        <translation>Kasus lengkap…</translation>
    </message>
    <message>
        <source>Close the case…</source>
        <translation>Tutup kasus…</translation>
    </message>
</context>
<context>
    <name>GradeDialogs</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Learning objective</source>
        <translation>Tujuan pembelajaran</translation>
    </message>
    <message>
        <source>KKTP</source>
        <translation>KKTP</translation>
    </message>
</context>
<context>
    <name>GradeImportDialog</name>
    <message>
        <source>Pupil</source>
        <translation>Siswa</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Sekarang</translation>
    </message>
    <message>
        <source>From the file</source>
        <translation>Dari berkas</translation>
    </message>
    <message>
        <source>Choose the grades workbook</source>
        <translation>Pilih berkas nilai</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;All files (*)</source>
        <translation>Excel (*.xlsx);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Membaca {name}…</translation>
    </message>
    <message>
        <source>Nothing was imported; mend the file and choose it again.</source>
        <translation>Tidak ada yang diimpor; perbaiki berkasnya lalu pilih lagi.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Membaca berkas…</translation>
    </message>
    <message numerus="yes">
        <source>%n results of {pupils} pupils would change in {where}.</source>
        <translation>
            <numerusform>%n nilai dari {pupils} siswa akan berubah di {where}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n changes</source>
        <translation>
            <numerusform>Terapkan %n perubahan</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds the same results as {where}: nothing to change.</source>
        <translation>Isi berkas sama dengan nilai di {where}: tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <source>Grades from Excel · {where}</source>
        <translation>Nilai dari Excel · {where}</translation>
    </message>
    <message>
        <source>Choose the workbook saved with “Grades to Excel…” and filled in: every change is shown before anything is written.</source>
        <translation>Pilih berkas yang disimpan dengan “Nilai ke Excel…” lalu diisi: setiap perubahan ditampilkan sebelum ada yang disimpan.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
</context>
<context>
    <name>GradesPage</name>
    <message>
        <source>All subjects (homeroom recap)</source>
        <translation>Semua mata pelajaran (rekap wali kelas)</translation>
    </message>
    <message>
        <source>Note kept for {pupil}.</source>
        <translation>Catatan disimpan untuk {pupil}.</translation>
    </message>
    <message>
        <source>Description, {pupil}:</source>
        <translation>Deskripsi, {pupil}:</translation>
    </message>
    <message>
        <source>Save for e-Rapor</source>
        <translation>Simpan untuk e-Rapor</translation>
    </message>
    <message>
        <source>Save as Excel</source>
        <translation>Simpan sebagai Excel</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>Saved as {path} ({sheets} sheets).</source>
        <translation>Disimpan sebagai {path} ({sheets} lembar).</translation>
    </message>
    <message numerus="yes">
        <source>Saved as {path} (%n pages).</source>
        <translation>
            <numerusform>Disimpan sebagai {path} (%n halaman).</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Mencetak…</translation>
    </message>
    <message numerus="yes">
        <source>%n results taken from {path}.</source>
        <translation>
            <numerusform>%n nilai diambil dari {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note on a result</source>
        <translation>Catatan pada nilai</translation>
    </message>
    <message>
        <source>{pupil} · {assessment}:</source>
        <translation>{pupil} · {assessment}:</translation>
    </message>
    <message>
        <source>The weights add up to {total} %, not 100 % (topics {topics} %, STS {sts} %, SAS {sas} %): the final score is still their weighted mean.</source>
        <translation>Jumlah bobot {total} %, bukan 100 % (sumatif materi {topics} %, STS {sts} %, SAS {sas} %): nilai akhir tetap rata-rata berbobotnya.</translation>
    </message>
    <message>
        <source>No assessment yet in this subject: add one with “New assessment…”.</source>
        <translation>Belum ada penilaian untuk mata pelajaran ini: tambahkan dengan “Penilaian baru…”.</translation>
    </message>
    <message numerus="yes">
        <source>%n pupils</source>
        <translation>
            <numerusform>%n siswa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subjects</source>
        <translation>
            <numerusform>%n mata pelajaran</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results missing</source>
        <translation>
            <numerusform>%n nilai belum ada</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as {path}: {pupils} × {assessments}, to fill in and bring back with “Grades from Excel…”.</source>
        <translation>Disimpan sebagai {path}: {pupils} × {assessments}, untuk diisi lalu dibawa kembali dengan “Nilai dari Excel…”.</translation>
    </message>
    <message numerus="yes">
        <source>%n assessments</source>
        <translation>
            <numerusform>%n penilaian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n final scores below {cut}</source>
        <translation>
            <numerusform>%n nilai akhir di bawah {cut}</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} late</source>
        <translation>{count} terlambat</translation>
    </message>
    <message>
        <source>written by hand</source>
        <translation>ditulis guru</translation>
    </message>
    <message>
        <source>from the scores</source>
        <translation>mengikuti nilai</translation>
    </message>
    <message>
        <source>{count} set by hand</source>
        <translation>{count} diubah manual</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Mata pelajaran</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>Penilaian baru…</translation>
    </message>
    <message>
        <source>Learning objectives…</source>
        <translation>Tujuan pembelajaran…</translation>
    </message>
    <message>
        <source>Weights and criterion…</source>
        <translation>Bobot dan kriteria…</translation>
    </message>
    <message>
        <source>Final score by hand…</source>
        <translation>Nilai akhir manual…</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Catatan…</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Urungkan (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>Progress reports…</source>
        <translation>Laporan perkembangan…</translation>
    </message>
    <message>
        <source>Leger…</source>
        <translation>Leger…</translation>
    </message>
    <message>
        <source>Missing scores…</source>
        <translation>Nilai belum lengkap…</translation>
    </message>
    <message>
        <source>Grades to Excel…</source>
        <translation>Nilai ke Excel…</translation>
    </message>
    <message>
        <source>Grades from Excel…</source>
        <translation>Nilai dari Excel…</translation>
    </message>
    <message>
        <source>e-Rapor…</source>
        <translation>e-Rapor…</translation>
    </message>
    <message>
        <source>Keep description</source>
        <translation>Simpan deskripsi</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Deskripsi:</translation>
    </message>
    <message>
        <source>From the scores</source>
        <translation>Ikuti nilai</translation>
    </message>
    <message>
        <source>Back to the description made from the scores, which follows them</source>
        <translation>Kembali ke deskripsi yang disusun dari nilai, yang ikut berubah bersama nilai</translation>
    </message>
    <message>
        <source>Type a score 0-100 and Enter (the next pupil) or Tab (the next assessment) · 55/80: a score and its remedial · TK not handed in · DS excused · BD not assessed · Y / B formative achieved / not yet · L after it: handed in late · Delete empties a cell · Ctrl+V pastes a column from a spreadsheet. Red: below the criterion (KKTP).</source>
        <translation>Ketik nilai 0-100 lalu Enter (siswa berikutnya) atau Tab (penilaian berikutnya) · 55/80: nilai dan nilai remedialnya · TK tidak kumpul · DS dispensasi · BD belum dinilai · Y / B formatif tercapai / belum · L di belakangnya: terlambat · Delete mengosongkan sel · Ctrl+V menempel satu kolom dari lembar kerja Excel. Merah: di bawah kriteria (KKTP).</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Siswa</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation>Nilai akhir</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Belum ada</translation>
    </message>
    <message>
        <source>{count} missing</source>
        <translation>{count} belum ada</translation>
    </message>
    <message>
        <source>Criterion (KKTP): {cut}</source>
        <translation>Kriteria (KKTP): {cut}</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>Diubah manual</translation>
    </message>
    <message>
        <source>Handed in after its due date ({due})</source>
        <translation>Dikumpulkan setelah batas waktu ({due})</translation>
    </message>
    <message>
        <source>Summative</source>
        <translation>Sumatif</translation>
    </message>
    <message>
        <source>STS</source>
        <translation>STS</translation>
    </message>
    <message>
        <source>SAS</source>
        <translation>SAS</translation>
    </message>
    <message>
        <source>Formative</source>
        <translation>Formatif</translation>
    </message>
</context>
<context>
    <name>GuardianDialog</name>
    <message>
        <source>Parent or guardian</source>
        <translation>Orang tua/wali</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>Nomor WhatsApp</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Kontak utama</translation>
    </message>
    <message>
        <source>Agreed: the school keeps the child&apos;s data</source>
        <translation>Setuju: sekolah menyimpan data anak</translation>
    </message>
    <message>
        <source>Agreed: messages by WhatsApp</source>
        <translation>Setuju: pesan lewat WhatsApp</translation>
    </message>
    <message>
        <source>Agreed: photos</source>
        <translation>Setuju: foto</translation>
    </message>
    <message>
        <source>Signed on paper</source>
        <translation>Ditandatangani di kertas</translation>
    </message>
    <message>
        <source>Consent recorded on {day}; a change is recorded today.</source>
        <translation>Persetujuan dicatat {day}; perubahan dicatat hari ini.</translation>
    </message>
    <message>
        <source>No consent recorded yet: ask the parent, then tick what was agreed.</source>
        <translation>Belum ada persetujuan: tanyakan kepada orang tua, lalu centang yang disetujui.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>HandOutDialog</name>
    <message>
        <source>Pupil</source>
        <translation>Siswa</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>HP</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Sinyal</translation>
    </message>
    <message>
        <source>Gets it by</source>
        <translation>Diterima lewat</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>{paper} on paper · {whatsapp} by WhatsApp</source>
        <translation>{paper} lewat kertas · {whatsapp} lewat WhatsApp</translation>
    </message>
    <message>
        <source>Hand it out anyway?</source>
        <translation>Tetap bagikan?</translation>
    </message>
    <message>
        <source>Hand out a worksheet</source>
        <translation>Bagikan lembar kerja</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Handed out on</source>
        <translation>Dibagikan pada</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Dikumpulkan pada</translation>
    </message>
    <message>
        <source>Proposed from each family&apos;s phone and signal: no phone or no signal gets paper. Double-click a pupil to change.</source>
        <translation>Diusulkan dari HP dan sinyal tiap keluarga: tanpa HP atau tanpa sinyal mendapat kertas. Klik dua kali pada siswa untuk mengubah.</translation>
    </message>
    <message>
        <source>Hand out</source>
        <translation>Bagikan</translation>
    </message>
    <message>
        <source>Moved to {day}: {why} is not a school day.</source>
        <translation>Dipindah ke {day}: {why} bukan hari sekolah.</translation>
    </message>
    <message>
        <source>{day} is not a school day ({why}).</source>
        <translation>{day} bukan hari sekolah ({why}).</translation>
    </message>
    <message>
        <source>This class already has it on paper: handed out on {day}, {copies} copies not yet back.</source>
        <translation>Kelas ini sudah menerimanya di kertas: dibagikan {day}, {copies} lembar belum kembali.</translation>
    </message>
    <message>
        <source>The worksheet is for level {worksheet}; this class is level {level}.</source>
        <translation>Lembar kerja ini untuk kelas {worksheet}; kelas ini tingkat {level}.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Sebelum → sesudah</translation>
    </message>
    <message>
        <source>(new record)</source>
        <translation>(data baru)</translation>
    </message>
    <message>
        <source>Guardian: {name}</source>
        <translation>Wali: {name}</translation>
    </message>
    <message>
        <source>Class: {name}</source>
        <translation>Kelas: {name}</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Siswa</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Komputer ini</translation>
    </message>
    <message>
        <source>{field}: also entered at the same time: {values}</source>
        <translation>{field}: pada waktu yang sama juga diisi: {values}</translation>
    </message>
    <message>
        <source>{value} ({laptop}, {when})</source>
        <translation>{value} ({laptop}, {when})</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Yang terjadi</translation>
    </message>
    <message>
        <source>Choose the Dapodik or CSV file</source>
        <translation>Pilih berkas Dapodik atau CSV</translation>
    </message>
    <message>
        <source>Pupil lists (*.xlsx *.csv);;All files (*)</source>
        <translation>Daftar siswa (*.xlsx *.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Membaca {name}…</translation>
    </message>
    <message>
        <source>Reading was stopped; nothing was imported.</source>
        <translation>Pembacaan dihentikan; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Membaca berkas…</translation>
    </message>
    <message>
        <source>Row {row}: {name} has the NISN of {owner}. Who is this?</source>
        <translation>Baris {row}: {name} memakai NISN milik {owner}. Siapa anak ini?</translation>
    </message>
    <message>
        <source>{owner}, data corrected</source>
        <translation>{owner}, datanya dibetulkan</translation>
    </message>
    <message>
        <source>{new} new · {updated} updated · {unchanged} unchanged · {duplicate} listed twice · {problem} with problems</source>
        <translation>{new} baru · {updated} diperbarui · {unchanged} tidak berubah · {duplicate} tercantum dua kali · {problem} bermasalah</translation>
    </message>
    <message>
        <source>New classes: {names}</source>
        <translation>Kelas baru: {names}</translation>
    </message>
    <message>
        <source>Rows with problems are left out; mend the file and import again to add them.</source>
        <translation>Baris bermasalah dilewati; perbaiki berkasnya lalu impor lagi untuk menambahkannya.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows carry the NISN of another pupil: choose each (filter “Problem”) and say who it is.</source>
        <translation>
            <numerusform>%n baris memakai NISN siswa lain: pilih tiap baris (saring “Bermasalah”) lalu tentukan siapa anaknya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n pupils</source>
        <translation>
            <numerusform>Impor %n siswa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Let the file replace %n corrections made by hand (kept otherwise)</source>
        <translation>
            <numerusform>Biarkan berkas menggantikan %n koreksi manual (jika tidak, koreksi dipertahankan)</numerusform>
        </translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <source>Listed twice</source>
        <translation>Tercantum dua kali</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Bermasalah</translation>
    </message>
    <message>
        <source>same pupil as row {row}</source>
        <translation>siswa yang sama dengan baris {row}</translation>
    </message>
    <message>
        <source>class {old} → {new}</source>
        <translation>kelas {old} → {new}</translation>
    </message>
    <message>
        <source>(corrected by hand; kept unless you choose to replace)</source>
        <translation>(koreksi manual; dipertahankan kecuali Anda memilih menggantinya)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <source>Import pupils</source>
        <translation>Impor siswa</translation>
    </message>
    <message>
        <source>Choose the Dapodik pupil list (.xlsx) or a CSV file.</source>
        <translation>Pilih daftar peserta didik Dapodik (.xlsx) atau berkas CSV.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <source>Another child (NISN wrong in the file)</source>
        <translation>Anak lain (NISN di berkas salah)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Semua baris</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>JoinSchoolDialog</name>
    <message>
        <source>Join file (*.tomoni-join)</source>
        <translation>Berkas gabung (*.tomoni-join)</translation>
    </message>
    <message>
        <source>Sync bundle (*.tomoni)</source>
        <translation>Bundel sinkronisasi (*.tomoni)</translation>
    </message>
    <message>
        <source>Joining the school…</source>
        <translation>Bergabung dengan sekolah…</translation>
    </message>
    <message>
        <source>Join a school</source>
        <translation>Bergabung dengan sekolah</translation>
    </message>
    <message>
        <source>The office gives you a join file and a bundle of the school&apos;s data on a stick, and tells you the school passphrase.</source>
        <translation>Kantor memberi Anda berkas gabung dan bundel data sekolah di flashdisk, dan memberi tahu frasa sandi sekolah.</translation>
    </message>
    <message>
        <source>Join file</source>
        <translation>Berkas gabung</translation>
    </message>
    <message>
        <source>School passphrase</source>
        <translation>Frasa sandi sekolah</translation>
    </message>
    <message>
        <source>Bundle from the office</source>
        <translation>Bundel dari kantor</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message numerus="yes">
        <source>%n letters on {pages} pages: {path}</source>
        <translation>
            <numerusform>%n surat di {pages} halaman: {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Letters to the parents</source>
        <translation>Surat untuk orang tua</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>About the day</source>
        <translation>Tentang hari</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Siswa</translation>
    </message>
    <message>
        <source>Your words (added to the letter)</source>
        <translation>Kata-kata Anda (ditambahkan ke surat)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Two letters a sheet; the parents tick the reply slip and send it back. Scan its code on the Pickups page to record the reply.</source>
        <translation>Dua surat per lembar; orang tua mencentang lembar balasan dan mengembalikannya. Pindai kodenya di halaman Pengambilan untuk mencatat balasan.</translation>
    </message>
</context>
<context>
    <name>LostStickDialog</name>
    <message>
        <source>Reading what these files held…</source>
        <translation>Membaca isi berkas-berkas ini…</translation>
    </message>
    <message>
        <source>Files written between {first} and {last}: {files}. They held {data} of {pupils} ({classes}).</source>
        <translation>Berkas yang dibuat antara {first} dan {last}: {files}. Isinya: {data} dari {pupils} ({classes}).</translation>
    </message>
    <message numerus="yes">
        <source>%n pupils</source>
        <translation>
            <numerusform>%n siswa</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as {path} ({pages} pages): the principal&apos;s page, then a letter for each family.</source>
        <translation>Disimpan sebagai {path} ({pages} halaman): halaman untuk kepala sekolah, lalu surat untuk setiap keluarga.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Mencetak…</translation>
    </message>
    <message>
        <source>A stick was lost</source>
        <translation>Flashdisk hilang</translation>
    </message>
    <message>
        <source>Lost on</source>
        <translation>Hilang pada</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Apa yang terjadi</translation>
    </message>
    <message>
        <source>What the school is doing</source>
        <translation>Yang sekolah lakukan</translation>
    </message>
    <message>
        <source>The letters are printed in Indonesian with these words. Tell the families and the education office within 3 × 24 hours of the loss.</source>
        <translation>Surat dicetak dengan kata-kata ini. Beri tahu keluarga dan dinas pendidikan paling lambat 3 × 24 jam setelah kehilangan.</translation>
    </message>
    <message>
        <source>Save the letters…</source>
        <translation>Simpan surat…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Working…</source>
        <translation>Sedang bekerja…</translation>
    </message>
    <message>
        <source>Database: {file}</source>
        <translation>Basis data: {file}</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Belum ada cadangan</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Cadangan terakhir: {when}</translation>
    </message>
    <message>
        <source>Opening the school database…</source>
        <translation>Membuka basis data sekolah…</translation>
    </message>
    <message>
        <source>Tomoni Desktop — {school}</source>
        <translation>Tomoni Desktop — {school}</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Siswa</translation>
    </message>
    <message>
        <source>Worksheets</source>
        <translation>Lembar Kerja</translation>
    </message>
    <message>
        <source>Pickups</source>
        <translation>Pengambilan</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Siswa</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Orang tua</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Diundang lewat</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Disampaikan</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Batas</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message numerus="yes">
        <source>%n invitations on {pages} pages: {path}</source>
        <translation>
            <numerusform>%n undangan di {pages} halaman: {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Due in every class: {count}</source>
        <translation>Jatuh tempo di semua kelas: {count}</translation>
    </message>
    <message>
        <source>Every family invited by letter has its letter already.</source>
        <translation>Setiap keluarga yang diundang lewat surat sudah punya suratnya.</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>reply back</source>
        <translation>balasan kembali</translation>
    </message>
    <message>
        <source>no reply yet</source>
        <translation>belum ada balasan</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>No meeting planned for this class yet.</source>
        <translation>Belum ada pertemuan yang direncanakan untuk kelas ini.</translation>
    </message>
    <message>
        <source>{day}, {time} · {place} · {invited} families ({letters} by letter) · came: {came}</source>
        <translation>{day}, {time} · {place} · {invited} keluarga ({letters} lewat surat) · hadir: {came}</translation>
    </message>
    <message>
        <source>Tasks agreed: {count}</source>
        <translation>Tindak lanjut yang disepakati: {count}</translation>
    </message>
    <message>
        <source>letter {code}
{replied}</source>
        <translation>surat {code}
{replied}</translation>
    </message>
    <message>
        <source>letter
(not printed yet)</source>
        <translation>surat
(belum dicetak)</translation>
    </message>
    <message>
        <source>Plan a meeting…</source>
        <translation>Rencanakan pertemuan…</translation>
    </message>
    <message>
        <source>Invitation letters…</source>
        <translation>Surat undangan…</translation>
    </message>
    <message>
        <source>WhatsApp…</source>
        <translation>WhatsApp…</translation>
    </message>
    <message>
        <source>Sign-in sheet…</source>
        <translation>Daftar hadir…</translation>
    </message>
    <message>
        <source>After the meeting…</source>
        <translation>Setelah pertemuan…</translation>
    </message>
    <message>
        <source>Add a task…</source>
        <translation>Tambah tindak lanjut…</translation>
    </message>
    <message>
        <source>Done / not done</source>
        <translation>Selesai / belum</translation>
    </message>
    <message>
        <source>Tasks agreed</source>
        <translation>Tindak lanjut yang disepakati</translation>
    </message>
</context>
<context>
    <name>MonthRecapView</name>
    <message>
        <source>Pupil</source>
        <translation>Siswa</translation>
    </message>
    <message>
        <source>{taken} of {days} school days taken · sick {s} · excused {i} · absent {a} · absence rate {rate}</source>
        <translation>{taken} dari {days} hari sekolah diisi · sakit {s} · izin {i} · alpa {a} · tingkat ketidakhadiran {rate}</translation>
    </message>
    <message>
        <source>Not taken: {days}</source>
        <translation>Belum diisi: {days}</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Print the month…</source>
        <translation>Cetak rekap bulan…</translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <source>Change my PIN</source>
        <translation>Ganti PIN saya</translation>
    </message>
    <message>
        <source>Type your new PIN twice.</source>
        <translation>Ketik PIN baru Anda dua kali.</translation>
    </message>
    <message>
        <source>New PIN for {name}</source>
        <translation>PIN baru untuk {name}</translation>
    </message>
    <message>
        <source>Type a new PIN for {name} twice, and give it to them in private. Any wait after wrong PINs ends.</source>
        <translation>Ketik PIN baru untuk {name} dua kali, lalu berikan kepadanya secara pribadi. Masa tunggu karena PIN salah berakhir.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN baru</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Ulangi</translation>
    </message>
</context>
<context>
    <name>ObjectivesDialog</name>
    <message>
        <source>Learning objectives (TP)</source>
        <translation>Tujuan pembelajaran (TP)</translation>
    </message>
    <message>
        <source>TP 1</source>
        <translation>TP 1</translation>
    </message>
    <message>
        <source>what the pupils learn, e.g. menentukan pecahan senilai</source>
        <translation>apa yang dipelajari siswa, mis. menentukan pecahan senilai</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Its own criterion (KKTP); — uses the school&apos;s</source>
        <translation>Kriteria (KKTP) sendiri; — memakai kriteria sekolah</translation>
    </message>
    <message>
        <source>The TPs of this subject at this class&apos;s level, in their order. The report&apos;s description names the best-mastered TP and the one that needs help.</source>
        <translation>TP mata pelajaran ini untuk tingkat kelas ini, menurut urutannya. Deskripsi rapor menyebut TP yang paling dikuasai dan TP yang perlu bantuan.</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Homeroom teacher</source>
        <translation>Wali kelas</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Siswa</translation>
    </message>
    <message>
        <source>No phone</source>
        <translation>Tanpa HP</translation>
    </message>
    <message>
        <source>Shared phone</source>
        <translation>HP bersama</translation>
    </message>
    <message>
        <source>Weak or no signal</source>
        <translation>Sinyal lemah/tidak ada</translation>
    </message>
    <message>
        <source>Worksheets on paper</source>
        <translation>Lembar kerja kertas</translation>
    </message>
    <message>
        <source>Copies not back yet</source>
        <translation>Belum kembali</translation>
    </message>
    <message>
        <source>Online lessons today: {count}, the first at {time} ({name}, {subject}, {channel})</source>
        <translation>Pelajaran daring hari ini: {count}, yang pertama pukul {time} ({name}, {subject}, {channel})</translation>
    </message>
    <message>
        <source>Import the pupils from the Dapodik list</source>
        <translation>Impor siswa dari daftar Dapodik</translation>
    </message>
    <message>
        <source>Make the first worksheet</source>
        <translation>Buat lembar kerja pertama</translation>
    </message>
    <message>
        <source>Past due, by village: {villages}</source>
        <translation>Lewat batas kumpul, per desa: {villages}</translation>
    </message>
    <message>
        <source>Nobody signs in on this computer: whoever opens it sees every child&apos;s data. Set up sign-in with PINs</source>
        <translation>Belum ada yang masuk dengan PIN di komputer ini: siapa pun yang membukanya melihat semua data anak. Atur masuk dengan PIN</translation>
    </message>
    <message numerus="yes">
        <source>Home visits today: class {name}, %n houses</source>
        <translation>
            <numerusform>Kunjungan rumah hari ini: kelas {name}, %n rumah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worksheets on paper are past their due date (the oldest since {day}) and not back: plan the home visits</source>
        <translation>
            <numerusform>%n lembar kerja kertas sudah lewat tanggal kumpul (paling lama sejak {day}) dan belum kembali: rencanakan kunjungan rumah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies came back this week</source>
        <translation>
            <numerusform>%n lembar kembali minggu ini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parents to contact about an absence without a letter</source>
        <translation>
            <numerusform>%n orang tua perlu dihubungi karena alpa tanpa surat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps of absence cases are due</source>
        <translation>
            <numerusform>%n langkah kasus ketidakhadiran sudah jatuh tempo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks agreed at parent meetings are due</source>
        <translation>
            <numerusform>%n tindak lanjut pertemuan orang tua sudah jatuh tempo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupils have no parent&apos;s consent recorded: ask at the next visit or meeting</source>
        <translation>
            <numerusform>%n siswa belum punya persetujuan orang tua yang tercatat: tanyakan saat kunjungan atau pertemuan berikutnya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupils left longer ago than the school keeps data: delete their personal data</source>
        <translation>
            <numerusform>%n siswa sudah keluar lebih lama dari masa simpan data sekolah: hapus data pribadinya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupils have no phone: hand them a worksheet on paper</source>
        <translation>
            <numerusform>%n siswa tidak punya HP: bagikan lembar kerja kertas untuk mereka</numerusform>
        </translation>
    </message>
    <message>
        <source>Parent meeting today: class {name} at {time}</source>
        <translation>Pertemuan orang tua hari ini: kelas {name} pukul {time}</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message>
        <source>Nothing is waiting for you.</source>
        <translation>Tidak ada yang menunggu.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Your class: {name}</source>
        <translation>Kelas Anda: {name}</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Pupils without a phone</source>
        <translation>Siswa tanpa HP</translation>
    </message>
    <message>
        <source>Pupils sharing a phone</source>
        <translation>Siswa berbagi HP</translation>
    </message>
    <message>
        <source>Pupils with weak or no signal</source>
        <translation>Siswa dengan sinyal lemah atau tanpa sinyal</translation>
    </message>
    <message>
        <source>Worksheets on paper, not back yet</source>
        <translation>Lembar kerja kertas yang belum kembali</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>Per kelas</translation>
    </message>
    <message>
        <source>This week&apos;s page for the principal…</source>
        <translation>Laporan mingguan untuk kepala sekolah…</translation>
    </message>
    <message>
        <source>Mobile data (kuota)…</source>
        <translation>Kuota data…</translation>
    </message>
    <message>
        <source>Open the pupils behind this figure</source>
        <translation>Buka daftar siswa di balik angka ini</translation>
    </message>
    <message>
        <source>Open the copies not back yet</source>
        <translation>Buka lembar kerja yang belum kembali</translation>
    </message>
</context>
<context>
    <name>PacketDialog</name>
    <message>
        <source>Making the packet…</source>
        <translation>Membuat paket…</translation>
    </message>
    <message>
        <source>{pupils}, {copies}, {pages}. The first {shown} are shown.</source>
        <translation>{pupils}, {copies}, {pages}. Yang ditampilkan {shown} halaman pertama.</translation>
    </message>
    <message numerus="yes">
        <source>%n pupils</source>
        <translation>
            <numerusform>%n siswa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worksheets</source>
        <translation>
            <numerusform>%n lembar kerja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n halaman</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last pages: %n letters to the same families.</source>
        <translation>
            <numerusform>Halaman terakhir: %n surat untuk keluarga yang sama.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the packet</source>
        <translation>Simpan paket</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>Disimpan sebagai {path}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message numerus="yes">
        <source>%n pages sent to the printer.</source>
        <translation>
            <numerusform>%n halaman dikirim ke printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Mencetak…</translation>
    </message>
    <message>
        <source>Packet for class {name}</source>
        <translation>Paket kelas {name}</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>Each pupil on a new sheet (double-sided)</source>
        <translation>Tiap siswa mulai di lembar baru (cetak bolak-balik)</translation>
    </message>
    <message>
        <source>With the letters waiting for these families</source>
        <translation>Sertakan surat yang masih menunggu balasan dari keluarga ini</translation>
    </message>
    <message>
        <source>Make the packet</source>
        <translation>Buat paket</translation>
    </message>
    <message>
        <source>This hand-out only</source>
        <translation>Pembagian ini saja</translation>
    </message>
    <message>
        <source>Everything not yet returned</source>
        <translation>Semua yang belum kembali</translation>
    </message>
    <message>
        <source>Choose the paper and press “Make the packet”: the first pages appear here before you save or print.</source>
        <translation>Pilih kertas lalu tekan “Buat paket”: halaman-halaman pertama tampil di sini sebelum Anda menyimpan atau mencetak.</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Only pupils who get the worksheet on paper, in the order of a walk: by village, then name.</source>
        <translation>Hanya siswa yang menerima lembar kerja kertas, urut sesuai jalan kunjungan: per desa, lalu nama.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>At least {least} characters.</source>
        <translation>Minimal {least} karakter.</translation>
    </message>
    <message>
        <source>The two are not the same yet.</source>
        <translation>Keduanya belum sama.</translation>
    </message>
    <message>
        <source>School passphrase</source>
        <translation>Frasa sandi sekolah</translation>
    </message>
    <message>
        <source>Choose the school passphrase: a short sentence the office and the homeroom teachers know. It opens join files; it is never stored or shown.</source>
        <translation>Pilih frasa sandi sekolah: kalimat pendek yang diketahui kantor dan para wali kelas. Frasa ini membuka berkas gabung; tidak pernah disimpan atau ditampilkan.</translation>
    </message>
    <message>
        <source>Type the school passphrase.</source>
        <translation>Ketik frasa sandi sekolah.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Sekali lagi</translation>
    </message>
</context>
<context>
    <name>PeopleBox</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Guru</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sedang masuk</translation>
    </message>
    <message>
        <source>Nobody signs in on this computer yet: anyone who opens it sees and changes everything, and the school&apos;s keys are kept unlocked. Set up sign-in so each teacher has a PIN and sees what her role allows.</source>
        <translation>Belum ada yang masuk dengan PIN di komputer ini: siapa pun yang membukanya melihat dan mengubah semuanya, dan kunci sekolah tidak terkunci. Atur masuk dengan PIN agar setiap guru punya PIN dan hanya melihat yang diizinkan perannya.</translation>
    </message>
    <message>
        <source>The people who sign in here. A homeroom teacher changes her classes in full, a subject teacher the scores and worksheets she teaches, the counsellor the cases of every class; the principal and deputy head read everything; the office manages people, sync and backups.</source>
        <translation>Orang yang masuk di sini. Wali kelas mengubah kelasnya secara penuh, guru mapel mengubah nilai dan LKS yang ia ajar, guru BK mengubah kasus semua kelas; kepala sekolah dan wakasek membaca semuanya; tata usaha mengelola orang, sinkronisasi dan cadangan.</translation>
    </message>
    <message>
        <source>The people who sign in here. The office adds people and resets PINs.</source>
        <translation>Orang yang masuk di sini. Tata usaha menambah orang dan mengatur ulang PIN.</translation>
    </message>
    <message>
        <source>{name} will no longer sign in on this computer.</source>
        <translation>{name} tidak akan bisa masuk lagi di komputer ini.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Biarkan</translation>
    </message>
    <message>
        <source>Set up sign-in…</source>
        <translation>Atur masuk dengan PIN…</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Tambah orang…</translation>
    </message>
    <message>
        <source>New PIN…</source>
        <translation>PIN baru…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <source>Change my PIN…</source>
        <translation>Ganti PIN saya…</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Kunci sekarang</translation>
    </message>
    <message>
        <source>Lock after idle minutes (0: never)</source>
        <translation>Kunci setelah menganggur (menit; 0: tidak pernah)</translation>
    </message>
</context>
<context>
    <name>PickupsPage</name>
    <message>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Siswa</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Lembar kerja</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Houses</source>
        <translation>Rumah</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Dikunjungi</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Back (%)</source>
        <translation>Kembali (%)</translation>
    </message>
    <message>
        <source>Village / dusun</source>
        <translation>Desa / dusun</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Batas kumpul</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Hari terlambat</translation>
    </message>
    <message>
        <source>Failed visits</source>
        <translation>Kunjungan gagal</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>Dibagikan</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Orang tua/wali</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>HP</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Kunjungan terakhir</translation>
    </message>
    <message>
        <source>Copies out</source>
        <translation>Belum kembali</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Semua kelas</translation>
    </message>
    <message>
        <source>Choose a copy in the list first.</source>
        <translation>Pilih dulu satu lembar di daftar.</translation>
    </message>
    <message>
        <source>Save the list of copies not back</source>
        <translation>Simpan daftar lembar yang belum kembali</translation>
    </message>
    <message>
        <source>To follow up ({count})</source>
        <translation>Perlu tindak lanjut ({count})</translation>
    </message>
    <message>
        <source>Pupils whose work did not come back after {after} or more home visits in a row: call the parents, or bring the case to the counsellor. Double-click a pupil to record work that came back another way.</source>
        <translation>Siswa yang tugasnya belum kembali setelah {after} kunjungan rumah berturut-turut atau lebih: hubungi orang tua, atau bawa ke guru BK. Klik dua kali pada siswa untuk mencatat tugas yang kembali lewat cara lain.</translation>
    </message>
    <message>
        <source>Round of class {name} on {day}</source>
        <translation>Kunjungan kelas {name} pada {day}</translation>
    </message>
    <message>
        <source>Photos or scans of covers</source>
        <translation>Foto atau pindaian sampul</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
        <translation>Foto dan pindaian (*.jpg *.jpeg *.png *.pdf);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>No pickup code was found in these pictures</source>
        <translation>Tidak ada kode pengambilan di gambar ini</translation>
    </message>
    <message>
        <source>Hold the cover flat and in the light, with its QR code whole.</source>
        <translation>Pegang sampul rata dan di tempat terang, dengan kode QR terlihat utuh.</translation>
    </message>
    <message>
        <source>Reading the pictures…</source>
        <translation>Membaca gambar…</translation>
    </message>
    <message>
        <source>Score {value} kept for {pupil}.</source>
        <translation>Nilai {value} disimpan untuk {pupil}.</translation>
    </message>
    <message>
        <source>Undone: {code}</source>
        <translation>Dibatalkan: {code}</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>late</source>
        <translation>terlambat</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>kembali</translation>
    </message>
    <message>
        <source>returned (another class)</source>
        <translation>kembali (kelas lain)</translation>
    </message>
    <message>
        <source>reply to a letter</source>
        <translation>balasan surat</translation>
    </message>
    <message>
        <source>reply already recorded</source>
        <translation>balasan sudah dicatat</translation>
    </message>
    <message>
        <source>already returned</source>
        <translation>sudah dikembalikan</translation>
    </message>
    <message>
        <source>unknown code</source>
        <translation>kode tidak dikenal</translation>
    </message>
    <message>
        <source>not a code</source>
        <translation>bukan kode</translation>
    </message>
    <message>
        <source>Scan or type a pickup code, then Enter</source>
        <translation>Pindai atau ketik kode pengambilan, lalu Enter</translation>
    </message>
    <message>
        <source>The code is on each cover, under the QR code (e.g. K7M-Q2P).</source>
        <translation>Kode ada di setiap sampul, di bawah kode QR (mis. K7M-Q2P).</translation>
    </message>
    <message>
        <source>✓ {pupil}</source>
        <translation>✓ {pupil}</translation>
    </message>
    <message>
        <source> · late (due {due})</source>
        <translation> · terlambat (batas {due})</translation>
    </message>
    <message>
        <source>✓ {pupil}, class {name}</source>
        <translation>✓ {pupil}, kelas {name}</translation>
    </message>
    <message>
        <source>Recorded, but this copy is of class {name}, not the class chosen: {who}</source>
        <translation>Dicatat, tetapi lembar ini milik kelas {name}, bukan kelas yang dipilih: {who}</translation>
    </message>
    <message>
        <source>✓ Reply from the parents of {pupil}</source>
        <translation>✓ Balasan dari orang tua {pupil}</translation>
    </message>
    <message>
        <source>The reply to {code} was already recorded on {day}</source>
        <translation>Balasan {code} sudah dicatat pada {day}</translation>
    </message>
    <message>
        <source>{code} was already returned on {day}</source>
        <translation>{code} sudah dikembalikan pada {day}</translation>
    </message>
    <message>
        <source>{code}: no copy or letter has this code</source>
        <translation>{code}: tidak ada lembar kerja atau surat dengan kode ini</translation>
    </message>
    <message>
        <source>nothing recorded again</source>
        <translation>tidak dicatat lagi</translation>
    </message>
    <message numerus="yes">
        <source>Not back yet: %n copies, {late} past their due date</source>
        <translation>
            <numerusform>Belum kembali: %n lembar, {late} lewat tanggal kumpul</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupils to follow up ({after}+ visits)</source>
        <translation>
            <numerusform>%n siswa perlu tindak lanjut ({after}+ kunjungan)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies recorded in this sitting</source>
        <translation>
            <numerusform>%n lembar dicatat pada sesi ini</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the code on the cover; a copy handed out on another laptop arrives with its bundle.</source>
        <translation>Periksa kode di sampul; lembar yang dibagikan di laptop lain baru ada setelah bundelnya diimpor.</translation>
    </message>
    <message>
        <source>“{code}” is not a pickup code</source>
        <translation>“{code}” bukan kode pengambilan</translation>
    </message>
    <message>
        <source>A pickup code has six letters and digits, like K7M-Q2P.</source>
        <translation>Kode pengambilan terdiri dari enam huruf dan angka, seperti K7M-Q2P.</translation>
    </message>
    <message>
        <source>Pickups</source>
        <translation>Pengambilan</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>Kode pengambilan</translation>
    </message>
    <message>
        <source>K7M-Q2P</source>
        <translation>K7M-Q2P</translation>
    </message>
    <message>
        <source>Came back by</source>
        <translation>Kembali lewat</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Undo the last one</source>
        <translation>Batalkan yang terakhir</translation>
    </message>
    <message>
        <source>From photos…</source>
        <translation>Dari foto…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Score of the last one</source>
        <translation>Nilai lembar terakhir</translation>
    </message>
    <message>
        <source>Keep score</source>
        <translation>Simpan nilai</translation>
    </message>
    <message>
        <source>Type a score after each code</source>
        <translation>Ketik nilai sesudah tiap kode</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Kunjungan rumah</translation>
    </message>
    <message>
        <source>Print the list…</source>
        <translation>Cetak daftar…</translation>
    </message>
    <message>
        <source>Return slips…</source>
        <translation>Lembar balikan…</translation>
    </message>
    <message>
        <source>WhatsApp reminder…</source>
        <translation>Pengingat WhatsApp…</translation>
    </message>
    <message>
        <source>Not back yet</source>
        <translation>Belum kembali</translation>
    </message>
    <message>
        <source>How much comes back</source>
        <translation>Tingkat kembali</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>class</source>
        <translation>kelas</translation>
    </message>
    <message>
        <source>worksheet handed out</source>
        <translation>lembar kerja yang dibagikan</translation>
    </message>
    <message>
        <source>Copies back per week (the last eight)</source>
        <translation>Lembar kembali per minggu (delapan minggu terakhir)</translation>
    </message>
    <message>
        <source>Plan a round…</source>
        <translation>Rencanakan kunjungan…</translation>
    </message>
    <message>
        <source>After the round…</source>
        <translation>Catat hasil kunjungan…</translation>
    </message>
</context>
<context>
    <name>PlanMeetingDialog</name>
    <message>
        <source>Plan a parent meeting</source>
        <translation>Rencanakan pertemuan orang tua</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Mulai pukul</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>e.g. the classroom</source>
        <translation>mis. ruang kelas</translation>
    </message>
    <message>
        <source>The deputy head for student affairs comes</source>
        <translation>Wakil kepala sekolah bidang kesiswaan hadir</translation>
    </message>
    <message>
        <source>The counsellor (BK) comes</source>
        <translation>Guru BK hadir</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>together {total} %</source>
        <translation>jumlah {total} %</translation>
    </message>
    <message>
        <source>together {total} %: not 100 %</source>
        <translation>jumlah {total} %: bukan 100 %</translation>
    </message>
    <message>
        <source>How final scores are made</source>
        <translation>Cara menghitung nilai akhir</translation>
    </message>
    <message>
        <source>Weights: topic summatives, STS, SAS</source>
        <translation>Bobot: sumatif lingkup materi, STS, SAS</translation>
    </message>
    <message>
        <source>Criterion (KKTP)</source>
        <translation>Kriteria (KKTP)</translation>
    </message>
    <message>
        <source>Bands (optional)</source>
        <translation>Rentang predikat (boleh kosong)</translation>
    </message>
    <message>
        <source>After remedial</source>
        <translation>Setelah remedial</translation>
    </message>
    <message>
        <source>Phrase: mastered</source>
        <translation>Kalimat: sudah dikuasai</translation>
    </message>
    <message>
        <source>Phrase: needs help</source>
        <translation>Kalimat: perlu bantuan</translation>
    </message>
    <message>
        <source>Phrase: progress</source>
        <translation>Kalimat: menunjukkan kemajuan</translation>
    </message>
    <message>
        <source>Phrase: every TP reached</source>
        <translation>Kalimat: semua TP tercapai</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Berlaku untuk</translation>
    </message>
    <message>
        <source>e.g. 0-40 Perlu remedial; 41-65 Remedial sebagian; 66-85 Tercapai; 86-100 Pengayaan</source>
        <translation>mis. 0-40 Perlu remedial; 41-65 Remedial sebagian; 66-85 Tercapai; 86-100 Pengayaan</translation>
    </message>
    <message>
        <source>the score counts at most the criterion</source>
        <translation>nilai yang dihitung paling tinggi sama dengan kriteria</translation>
    </message>
    <message>
        <source>{subject} only (otherwise every subject of the school)</source>
        <translation>hanya {subject} (jika tidak, semua mata pelajaran sekolah)</translation>
    </message>
</context>
<context>
    <name>PupilReturnsDialog</name>
    <message>
        <source>Worksheet</source>
        <translation>Lembar kerja</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Batas kumpul</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Hari terlambat</translation>
    </message>
    <message>
        <source>Work that came back</source>
        <translation>Tugas yang kembali</translation>
    </message>
    <message>
        <source>{pupil}: worksheets on paper not back yet</source>
        <translation>{pupil}: lembar kerja kertas yang belum kembali</translation>
    </message>
    <message>
        <source>Came back by</source>
        <translation>Kembali lewat</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Record the chosen ones as back</source>
        <translation>Catat yang dipilih sudah kembali</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Tomoni Desktop: recovery code</source>
        <translation>Tomoni Desktop: kode pemulihan</translation>
    </message>
    <message>
        <source>Made on {day}. Keep this sheet locked away at the school.</source>
        <translation>Dibuat pada {day}. Simpan lembar ini di tempat terkunci di sekolah.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kode pemulihan</translation>
    </message>
    <message>
        <source>If every office PIN is forgotten, this code lets the office set a new one. Write it on paper now and keep it locked away at the school: it is shown only this once and is not kept on the computer.</source>
        <translation>Jika semua PIN tata usaha terlupa, kode ini memungkinkan tata usaha membuat PIN baru. Tulis di kertas sekarang dan simpan di tempat terkunci di sekolah: kode ini hanya ditampilkan sekali ini dan tidak disimpan di komputer.</translation>
    </message>
    <message>
        <source>I have written the code down</source>
        <translation>Saya sudah menulis kode ini</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Forgot your PIN?</source>
        <translation>Lupa PIN?</translation>
    </message>
    <message>
        <source>A teacher who forgot her PIN asks the office for a new one. If the office forgot its own PIN, type the recovery code written down when sign-in was set up, and a new PIN.</source>
        <translation>Guru yang lupa PIN meminta PIN baru kepada tata usaha. Jika tata usaha lupa PIN-nya sendiri, ketik kode pemulihan yang ditulis saat masuk dengan PIN diatur, dan PIN baru.</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Tata usaha</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kode pemulihan</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN baru</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Ulangi</translation>
    </message>
</context>
<context>
    <name>RegisterBox</name>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Siswa</translation>
    </message>
    <message>
        <source>all ({count})</source>
        <translation>semua ({count})</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Terenkripsi</translation>
    </message>
    <message>
        <source>Where to</source>
        <translation>Ke mana</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>printed on {printer}</source>
        <translation>dicetak di {printer}</translation>
    </message>
    <message>
        <source>stick {label}</source>
        <translation>flashdisk {label}</translation>
    </message>
    <message>
        <source>Every file with children&apos;s data that left this computer: packets, route sheets, reports, letters, exports, bundles and backups made by hand. If a stick or paper is lost, choose its files (type the stick&apos;s name to find them) and press “A stick was lost…”: the law asks the school to tell the families within 3 × 24 hours.</source>
        <translation>Setiap berkas berisi data anak yang keluar dari komputer ini: paket, lembar rute, laporan, surat, ekspor, berkas sinkronisasi dan cadangan yang dibuat manual. Jika flashdisk atau kertas hilang, pilih berkasnya (ketik nama flashdisk untuk mencarinya) lalu tekan “Flashdisk hilang…”: undang-undang meminta sekolah memberi tahu keluarga paling lambat 3 × 24 jam.</translation>
    </message>
    <message>
        <source>Search: file, stick, person, class…</source>
        <translation>Cari: berkas, flashdisk, orang, kelas…</translation>
    </message>
    <message>
        <source>A stick was lost…</source>
        <translation>Flashdisk hilang…</translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <source>Kept: nothing is deleted by itself.</source>
        <translation>Disimpan: tidak ada yang dihapus dengan sendirinya.</translation>
    </message>
    <message numerus="yes">
        <source>%n pupils left that long ago and still have their data.</source>
        <translation>
            <numerusform>%n siswa sudah keluar selama itu dan datanya masih disimpan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the personal data of %n pupils who left more than {years} years ago, on every computer of the school? Their grades and attendance stay as figures without a name. This cannot be undone.</source>
        <translation>
            <numerusform>Hapus data pribadi %n siswa yang keluar lebih dari {years} tahun lalu, di semua komputer sekolah? Nilai dan kehadirannya tetap ada sebagai angka tanpa nama. Ini tidak bisa dibatalkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the personal data</source>
        <translation>Hapus data pribadi</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Biarkan</translation>
    </message>
    <message>
        <source>Keeping pupils&apos; data</source>
        <translation>Penyimpanan data siswa</translation>
    </message>
    <message>
        <source>Delete personal data, years after leaving (0: keep)</source>
        <translation>Hapus data pribadi, tahun setelah keluar (0: simpan)</translation>
    </message>
    <message>
        <source>Delete now…</source>
        <translation>Hapus sekarang…</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Pupils</source>
        <translation>Siswa</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Orang tua/wali</translation>
    </message>
    <message>
        <source>Village / dusun</source>
        <translation>Desa / dusun</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>To collect</source>
        <translation>Diambil</translation>
    </message>
    <message>
        <source>To deliver</source>
        <translation>Diantar</translation>
    </message>
    <message numerus="yes">
        <source>%n houses</source>
        <translation>
            <numerusform>%n rumah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies to collect</source>
        <translation>
            <numerusform>%n lembar diambil</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} to deliver</source>
        <translation>{count} diantar</translation>
    </message>
    <message>
        <source>Nothing to collect or deliver by this day.</source>
        <translation>Tidak ada yang diambil atau diantar sampai hari ini.</translation>
    </message>
    <message>
        <source>Save the route sheet</source>
        <translation>Simpan lembar rute</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Mencetak…</translation>
    </message>
    <message>
        <source>Plan a round of home visits</source>
        <translation>Rencanakan kunjungan rumah</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Earlier (Alt+↑)</source>
        <translation>Lebih awal (Alt+↑)</translation>
    </message>
    <message>
        <source>Later (Alt+↓)</source>
        <translation>Lebih akhir (Alt+↓)</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Lewati</translation>
    </message>
    <message>
        <source>Add this house</source>
        <translation>Tambahkan rumah ini</translation>
    </message>
    <message>
        <source>Houses of the class with nothing to carry by this day</source>
        <translation>Rumah siswa kelas ini yang tidak ada lembar untuk diambil atau diantar pada hari ini</translation>
    </message>
    <message>
        <source>Keep and save the route sheet…</source>
        <translation>Simpan kunjungan dan lembar rute…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Day</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Register rules and days off</source>
        <translation>Aturan presensi dan hari libur sekolah</translation>
    </message>
    <message>
        <source>The school&apos;s rules</source>
        <translation>Aturan sekolah (tata tertib)</translation>
    </message>
    <message>
        <source>The school&apos;s own days off</source>
        <translation>Hari libur sekolah sendiri</translation>
    </message>
    <message>
        <source>Saturday is a school day</source>
        <translation>Sabtu hari sekolah</translation>
    </message>
    <message>
        <source>An absence without a letter: call the parents that day</source>
        <translation>Alpa tanpa surat: hubungi orang tua pada hari itu</translation>
    </message>
    <message>
        <source>A case for the counsellor after this many absences in a row</source>
        <translation>Kasus untuk guru BK setelah alpa berturut-turut sebanyak</translation>
    </message>
    <message>
        <source>…or after this many in one month</source>
        <translation>…atau setelah alpa dalam sebulan sebanyak</translation>
    </message>
    <message>
        <source>Home visit within (days)</source>
        <translation>Kunjungan rumah dalam (hari)</translation>
    </message>
    <message>
        <source>Letter summoning the parents within (days)</source>
        <translation>Surat panggilan orang tua dalam (hari)</translation>
    </message>
    <message>
        <source>Parents meet the school on</source>
        <translation>Pertemuan orang tua setiap hari</translation>
    </message>
    <message>
        <source>why (e.g. the school&apos;s anniversary)</source>
        <translation>keterangan (mis. ulang tahun sekolah)</translation>
    </message>
    <message>
        <source>Add the day</source>
        <translation>Tambahkan</translation>
    </message>
    <message>
        <source>Remove the chosen day</source>
        <translation>Hapus hari yang dipilih</translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Mata pelajaran</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Guru</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Melalui</translation>
    </message>
    <message>
        <source>Group or link</source>
        <translation>Grup atau tautan</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>Bentrok</translation>
    </message>
    <message>
        <source>{teacher} teaches {name} then</source>
        <translation>{teacher} mengajar {name} pada jam itu</translation>
    </message>
    <message>
        <source>{subject} at {time}</source>
        <translation>{subject} pukul {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n lessons a week</source>
        <translation>
            <numerusform>%n pelajaran seminggu</numerusform>
        </translation>
    </message>
    <message>
        <source>{week} · clashes, in red: {clashes}</source>
        <translation>{week} · bentrok, merah: {clashes}</translation>
    </message>
    <message>
        <source>Add a lesson…</source>
        <translation>Tambah pelajaran…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Print for the parents…</source>
        <translation>Cetak untuk orang tua…</translation>
    </message>
</context>
<context>
    <name>SetUpSignInDialog</name>
    <message>
        <source>Set up sign-in</source>
        <translation>Atur masuk dengan PIN</translation>
    </message>
    <message>
        <source>From now on everyone who uses this computer signs in with a PIN, and the school&apos;s keys are kept locked. You are the first person: the office, who adds the teachers and resets a forgotten PIN. A PIN is 6 to 12 digits.</source>
        <translation>Mulai sekarang setiap orang yang memakai komputer ini masuk dengan PIN, dan kunci sekolah disimpan terkunci. Anda orang pertama: tata usaha, yang menambah guru dan mengatur ulang PIN yang terlupa. PIN terdiri dari 6 sampai 12 angka.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Ulangi PIN</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Made on</source>
        <translation>Waktu dibuat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Pilih folder cadangan</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Mencadangkan…</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Replace the current data with the backup of {when}? The current data is kept as a backup first.</source>
        <translation>Ganti data sekarang dengan cadangan {when}? Data sekarang disimpan dulu sebagai cadangan.</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Terenkripsi</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Memeriksa basis data…</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>Periksa basis data</translation>
    </message>
    <message>
        <source>The database is whole: SQLite&apos;s full check found no problem.</source>
        <translation>Basis data utuh: pemeriksaan lengkap SQLite tidak menemukan masalah.</translation>
    </message>
    <message>
        <source>The database is damaged. Close the app and open it again: it will offer the newest good backup, or to salvage what can still be read.</source>
        <translation>Basis data rusak. Tutup aplikasi lalu buka lagi: aplikasi akan menawarkan cadangan baik terbaru, atau menyelamatkan yang masih terbaca.</translation>
    </message>
    <message>
        <source>Back up to a stick: choose the stick</source>
        <translation>Cadangkan ke flashdisk: pilih flashdisk-nya</translation>
    </message>
    <message>
        <source>Backup written and checked: {path}</source>
        <translation>Cadangan sudah ditulis dan diperiksa: {path}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Encrypting the backups…</source>
        <translation>Mengenkripsi cadangan…</translation>
    </message>
    <message numerus="yes">
        <source>%n backups made before are not encrypted. Encrypt them now with the new passphrase?</source>
        <translation>
            <numerusform>%n cadangan yang dibuat sebelumnya belum dienkripsi. Enkripsi sekarang dengan frasa sandi baru?</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypt them</source>
        <translation>Enkripsi</translation>
    </message>
    <message>
        <source>Leave them</source>
        <translation>Biarkan</translation>
    </message>
    <message>
        <source>Encrypt backups</source>
        <translation>Enkripsi cadangan</translation>
    </message>
    <message>
        <source>This backup is encrypted. The backup passphrase:</source>
        <translation>Cadangan ini dienkripsi. Frasa sandi cadangan:</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Memulihkan…</translation>
    </message>
    <message>
        <source>New backups are encrypted.</source>
        <translation>Cadangan baru dienkripsi.</translation>
    </message>
    <message>
        <source>Backups are not encrypted: set a passphrase to protect them.</source>
        <translation>Cadangan belum dienkripsi: buat frasa sandi untuk melindunginya.</translation>
    </message>
    <message>
        <source>Change the passphrase…</source>
        <translation>Ganti frasa sandi…</translation>
    </message>
    <message>
        <source>Encrypt backups…</source>
        <translation>Enkripsi cadangan…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Language and paper</source>
        <translation>Bahasa dan kertas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Ukuran kertas</translation>
    </message>
    <message>
        <source>Habits on the return slip (separate with ;)</source>
        <translation>Kebiasaan di lembar balikan (pisahkan dengan ;)</translation>
    </message>
    <message>
        <source>Messages to parents</source>
        <translation>Pesan untuk orang tua</translation>
    </message>
    <message>
        <source>Edit the words…</source>
        <translation>Ubah kata-katanya…</translation>
    </message>
    <message>
        <source>Phone number printed on packets</source>
        <translation>Nomor HP yang dicetak di paket</translation>
    </message>
    <message>
        <source>Follow up a pupil after failed home visits</source>
        <translation>Tindak lanjut siswa setelah kunjungan gagal sebanyak</translation>
    </message>
    <message>
        <source>optional, e.g. 0812-3456-7890</source>
        <translation>boleh kosong, mis. 0812-3456-7890</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>F4 / Folio (215 × 330 mm)</source>
        <translation>F4 / Folio (215 × 330 mm)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>People and PINs</source>
        <translation>Orang dan PIN</translation>
    </message>
    <message>
        <source>Data that left</source>
        <translation>Data keluar</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Jumlah cadangan yang disimpan</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <source>Back up to a stick…</source>
        <translation>Cadangkan ke flashdisk…</translation>
    </message>
    <message>
        <source>Restore selected backup…</source>
        <translation>Pulihkan cadangan terpilih…</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Welcome to Tomoni Desktop</source>
        <translation>Selamat datang di Tomoni Desktop</translation>
    </message>
    <message>
        <source>Tell us about your school and your class. You can add the other classes and import pupils afterwards.</source>
        <translation>Isi data sekolah dan kelas Anda. Kelas lain dan data siswa dapat ditambahkan sesudahnya.</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Nama sekolah</translation>
    </message>
    <message>
        <source>NPSN</source>
        <translation>NPSN</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Tahun pelajaran</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <source>NIP (if any)</source>
        <translation>NIP (jika ada)</translation>
    </message>
    <message>
        <source>Your class level</source>
        <translation>Tingkat kelas Anda</translation>
    </message>
    <message>
        <source>Your class name</source>
        <translation>Nama kelas Anda</translation>
    </message>
    <message>
        <source>e.g. SMP Negeri 1 Tomoni</source>
        <translation>mis. SMP Negeri 1 Tomoni</translation>
    </message>
    <message>
        <source>8 characters</source>
        <translation>8 karakter</translation>
    </message>
    <message>
        <source>e.g. VII A</source>
        <translation>mis. VII A</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Join a school that syncs…</source>
        <translation>Bergabung dengan sekolah yang sudah sinkron…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation>Pilih nama Anda dulu.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Terlalu banyak PIN salah. Coba lagi dalam %n detik.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. %n more tries before a wait.</source>
        <translation>
            <numerusform>PIN itu salah. Tinggal %n kali lagi sebelum harus menunggu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is using this computer?</source>
        <translation>Siapa yang memakai komputer ini?</translation>
    </message>
    <message>
        <source>Choose your name and type your PIN. What you can see and change follows your role; every change you make carries your name.</source>
        <translation>Pilih nama Anda dan ketik PIN. Apa yang dapat Anda lihat dan ubah mengikuti peran Anda; setiap perubahan mencatat nama Anda.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Forgot your PIN?</source>
        <translation>Lupa PIN?</translation>
    </message>
    <message>
        <source>The demo school: everyone&apos;s PIN is {pin}.</source>
        <translation>Sekolah contoh: PIN semua orang adalah {pin}.</translation>
    </message>
</context>
<context>
    <name>SlipsDialog</name>
    <message>
        <source>Week of {first} – {last}</source>
        <translation>Minggu {first} – {last}</translation>
    </message>
    <message>
        <source>{entered} of {returned} slips typed in · {signed} signed</source>
        <translation>{entered} dari {returned} lembar balikan diisi · {signed} ditandatangani</translation>
    </message>
    <message>
        <source>Habits kept (days of 7, on average)</source>
        <translation>Kebiasaan yang dijalankan (hari dari 7, rata-rata)</translation>
    </message>
    <message>
        <source>Understood the work</source>
        <translation>Memahami tugas</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>sebagian</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>belum</translation>
    </message>
    <message>
        <source>Time it took</source>
        <translation>Lama mengerjakan</translation>
    </message>
    <message>
        <source>&lt; 30 min</source>
        <translation>&lt; 30 menit</translation>
    </message>
    <message>
        <source>30–60 min</source>
        <translation>30–60 menit</translation>
    </message>
    <message>
        <source>&gt; 1 hour</source>
        <translation>&gt; 1 jam</translation>
    </message>
    <message>
        <source>Help needed</source>
        <translation>Perlu bantuan</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>a little</source>
        <translation>sedikit</translation>
    </message>
    <message>
        <source>a lot</source>
        <translation>banyak</translation>
    </message>
    <message>
        <source>How parents rated the lessons</source>
        <translation>Penilaian orang tua tentang pelajaran</translation>
    </message>
    <message>
        <source>Comments to read ({count})</source>
        <translation>Pesan untuk dibaca ({count})</translation>
    </message>
    <message>
        <source>Return slips</source>
        <translation>Lembar balikan orang tua</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Siswa</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Lembar kerja</translation>
    </message>
    <message>
        <source>Back on</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>TTD</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>P1</translation>
    </message>
    <message>
        <source>Q2</source>
        <translation>P2</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>P3</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Signed: Y yes, T no · each habit: the days ticked (0–7) · Q1 understood, Q2 time, Q3 help: the box ticked (1 2 3) · then type the comment and Enter for the next slip. Delete empties a cell. Each slip is kept as you type.</source>
        <translation>TTD: Y ya, T tidak · tiap kebiasaan: jumlah hari dicentang (0–7) · P1 memahami, P2 lama, P3 bantuan: kotak yang dicentang (1 2 3) · lalu ketik pesannya dan Enter untuk lembar berikutnya. Delete mengosongkan sel. Setiap lembar tersimpan saat Anda mengetik.</translation>
    </message>
    <message>
        <source>The week before</source>
        <translation>Minggu sebelumnya</translation>
    </message>
    <message>
        <source>The next week</source>
        <translation>Minggu berikutnya</translation>
    </message>
</context>
<context>
    <name>SlotDialog</name>
    <message>
        <source>An online lesson</source>
        <translation>Pelajaran daring</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Mata pelajaran</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Guru</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Melalui</translation>
    </message>
    <message>
        <source>Group or link</source>
        <translation>Grup atau tautan</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Step done</source>
        <translation>Langkah selesai</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>Hasilnya</translation>
    </message>
    <message>
        <source>Counsellor&apos;s note (confidential)</source>
        <translation>Catatan guru BK (rahasia)</translation>
    </message>
</context>
<context>
    <name>StopOutcome</name>
    <message>
        <source>collected</source>
        <translation>diambil</translation>
    </message>
    <message>
        <source>work not ready</source>
        <translation>belum selesai</translation>
    </message>
    <message>
        <source>pupil away, parent present</source>
        <translation>anak tidak ada, orang tua ada</translation>
    </message>
    <message>
        <source>nobody home</source>
        <translation>tidak ada orang</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>pindah</translation>
    </message>
    <message>
        <source>house not found</source>
        <translation>rumah tidak ketemu</translation>
    </message>
    <message>
        <source>could not be reached</source>
        <translation>tidak bisa dijangkau</translation>
    </message>
    <message>
        <source>other</source>
        <translation>lainnya</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Utama</translation>
    </message>
    <message>
        <source>(someone outside the class)</source>
        <translation>(orang di luar kelas)</translation>
    </message>
    <message>
        <source>This NISN is already used by {name}. Check that it is not the same pupil.</source>
        <translation>NISN ini sudah dipakai oleh {name}. Periksa apakah bukan siswa yang sama.</translation>
    </message>
    <message>
        <source>Close without saving? What you typed for this pupil will be lost.</source>
        <translation>Tutup tanpa menyimpan? Yang sudah Anda ketik untuk siswa ini akan hilang.</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Tutup tanpa menyimpan</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Kembali mengedit</translation>
    </message>
    <message>
        <source>Parent or guardian {number}: {message}</source>
        <translation>Orang tua/wali {number}: {message}</translation>
    </message>
    <message>
        <source>Delete this pupil&apos;s personal data on every computer of the school? The name, NISN, address, the guardians&apos; names and numbers and every note about the pupil are blanked; the grades and attendance stay as figures without a name. This cannot be undone (the backups made before still hold the data until they are replaced).</source>
        <translation>Hapus data pribadi siswa ini di semua komputer sekolah? Nama, NISN, alamat, nama dan nomor orang tua/wali serta semua catatan tentang siswa ini dikosongkan; nilai dan kehadirannya tetap ada sebagai angka tanpa nama. Ini tidak bisa dibatalkan (cadangan yang dibuat sebelumnya masih memuat data itu sampai tergantikan).</translation>
    </message>
    <message>
        <source>Delete the personal data</source>
        <translation>Hapus data pribadi</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Biarkan</translation>
    </message>
    <message>
        <source>Edit pupil</source>
        <translation>Ubah data siswa</translation>
    </message>
    <message>
        <source>New pupil</source>
        <translation>Siswa baru</translation>
    </message>
    <message>
        <source>Everything about this pupil…</source>
        <translation>Semua data siswa ini…</translation>
    </message>
    <message>
        <source>Delete personal data…</source>
        <translation>Hapus data pribadi…</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Phone and signal</source>
        <translation>HP dan sinyal</translation>
    </message>
    <message>
        <source>Parents and guardians</source>
        <translation>Orang tua/wali</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>hh-bb-tttt</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>(personal data deleted)</source>
        <translation>(data pribadi dihapus)</translation>
    </message>
    <message>
        <source>NISN</source>
        <translation>NISN</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>L/P</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>HP</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Sinyal</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Orang tua/wali</translation>
    </message>
    <message>
        <source>Guardian&apos;s number</source>
        <translation>No. HP orang tua</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Semua kelas</translation>
    </message>
    <message>
        <source>Class {name}</source>
        <translation>Kelas {name}</translation>
    </message>
    <message>
        <source>{pupils} pupils · {phone} without a phone · {signal} without signal · {consent} without a parent&apos;s consent</source>
        <translation>{pupils} siswa · {phone} tanpa HP · {signal} tanpa sinyal · {consent} tanpa persetujuan orang tua</translation>
    </message>
    <message>
        <source>Back at school</source>
        <translation>Kembali bersekolah</translation>
    </message>
    <message>
        <source>Mark as left…</source>
        <translation>Tandai keluar…</translation>
    </message>
    <message>
        <source>Work back…</source>
        <translation>Tugas kembali…</translation>
    </message>
    <message>
        <source>Move to another class</source>
        <translation>Pindah kelas</translation>
    </message>
    <message>
        <source>Move {name} to class:</source>
        <translation>Pindahkan {name} ke kelas:</translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation>Tandai keluar</translation>
    </message>
    <message>
        <source>{name} has left the school today? The record is kept and hidden from the lists.</source>
        <translation>{name} keluar dari sekolah hari ini? Datanya tetap disimpan dan disembunyikan dari daftar.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Imported: {new} new, {updated} updated, {unchanged} unchanged, {left_out} left out.</source>
        <translation>Diimpor: {new} baru, {updated} diperbarui, {unchanged} tidak berubah, {left_out} dilewati.</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Ekspor daftar</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n pupils written to {file}</source>
        <translation>
            <numerusform>%n siswa ditulis ke {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Siswa</translation>
    </message>
    <message>
        <source>Show pupils who left</source>
        <translation>Tampilkan siswa yang sudah keluar</translation>
    </message>
    <message>
        <source>Only without a parent&apos;s consent</source>
        <translation>Hanya yang belum ada persetujuan orang tua</translation>
    </message>
    <message>
        <source>Add pupil…</source>
        <translation>Tambah siswa…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Move class…</source>
        <translation>Pindah kelas…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Impor…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>Search name, NISN, NIS, village or guardian…</source>
        <translation>Cari nama, NISN, NIS, desa, atau orang tua…</translation>
    </message>
    <message>
        <source>Any phone access</source>
        <translation>Semua kepemilikan HP</translation>
    </message>
    <message>
        <source>Any signal</source>
        <translation>Semua sinyal</translation>
    </message>
    <message>
        <source>Weak or no signal</source>
        <translation>Sinyal lemah atau tidak ada</translation>
    </message>
    <message>
        <source>L and P</source>
        <translation>L dan P</translation>
    </message>
    <message>
        <source>L (boys)</source>
        <translation>L (laki-laki)</translation>
    </message>
    <message>
        <source>P (girls)</source>
        <translation>P (perempuan)</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Guru</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Bundel terakhir</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Dikeluarkan</translation>
    </message>
    <message>
        <source>{name} ({free} free)</source>
        <translation>{name} (sisa {free})</translation>
    </message>
    <message>
        <source>No USB stick found: plug one in, or choose a folder</source>
        <translation>Tidak ada flashdisk: pasang flashdisk, atau pilih folder</translation>
    </message>
    <message>
        <source>Folder of the stick</source>
        <translation>Folder flashdisk</translation>
    </message>
    <message>
        <source>Writing the bundle to the stick…</source>
        <translation>Menulis bundel ke flashdisk…</translation>
    </message>
    <message>
        <source>Importing bundles…</source>
        <translation>Mengimpor bundel…</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>Ditolak: {reason}</translation>
    </message>
    <message>
        <source>{file}: imported before</source>
        <translation>{file}: sudah pernah diimpor</translation>
    </message>
    <message>
        <source>{sender}: {new} new rows, {updated} updated, {conflicts} conflicts, {unchanged} already here ({file})</source>
        <translation>{sender}: {new} baris baru, {updated} diperbarui, {conflicts} konflik, {unchanged} sudah ada ({file})</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Laporan impor</translation>
    </message>
    <message>
        <source>Syncing over the school network…</source>
        <translation>Menyinkronkan lewat jaringan sekolah…</translation>
    </message>
    <message>
        <source>Received: {new} new rows, {updated} updated, {conflicts} conflicts, {unchanged} already here.</source>
        <translation>Diterima: {new} baris baru, {updated} diperbarui, {conflicts} konflik, {unchanged} sudah ada.</translation>
    </message>
    <message>
        <source>Make this the office computer?</source>
        <translation>Jadikan komputer ini komputer kantor?</translation>
    </message>
    <message>
        <source>The office computer makes the school&apos;s keys, gathers every laptop&apos;s bundle and writes one back for all. A school has one office. On a homeroom teacher&apos;s laptop, choose “Join a school” instead, with the join file from the office.</source>
        <translation>Komputer kantor membuat kunci sekolah, mengumpulkan bundel dari setiap laptop, dan menulis satu bundel balasan untuk semua. Satu sekolah hanya punya satu komputer kantor. Di laptop wali kelas, pilih “Bergabung dengan sekolah” dengan berkas gabung dari kantor.</translation>
    </message>
    <message>
        <source>Laptops type: {addresses}</source>
        <translation>Di laptop, ketik: {addresses}</translation>
    </message>
    <message>
        <source>Synced over the network</source>
        <translation>Sinkron lewat jaringan</translation>
    </message>
    <message numerus="yes">
        <source>Sent: %n rows.</source>
        <translation>
            <numerusform>Dikirim: %n baris.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make this the office</source>
        <translation>Jadikan kantor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Making the school&apos;s keys…</source>
        <translation>Membuat kunci sekolah…</translation>
    </message>
    <message>
        <source>Join file from the office</source>
        <translation>Berkas gabung dari kantor</translation>
    </message>
    <message>
        <source>Join file (*.tomoni-join)</source>
        <translation>Berkas gabung (*.tomoni-join)</translation>
    </message>
    <message>
        <source>Joining the school…</source>
        <translation>Bergabung dengan sekolah…</translation>
    </message>
    <message>
        <source>New laptop</source>
        <translation>Laptop baru</translation>
    </message>
    <message>
        <source>Name of the laptop (such as its owner&apos;s):</source>
        <translation>Nama laptop (misalnya nama pemiliknya):</translation>
    </message>
    <message>
        <source>Save the join file</source>
        <translation>Simpan berkas gabung</translation>
    </message>
    <message>
        <source>Writing the join file…</source>
        <translation>Menulis berkas gabung…</translation>
    </message>
    <message>
        <source>Remove laptop</source>
        <translation>Keluarkan laptop</translation>
    </message>
    <message>
        <source>Remove {name} from the school for good? Its new bundles will be refused on every computer.</source>
        <translation>Keluarkan {name} dari sekolah untuk selamanya? Bundel barunya akan ditolak di semua komputer.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Sudah diimpor</translation>
    </message>
    <message>
        <source>Made on this computer</source>
        <translation>Dibuat di komputer ini</translation>
    </message>
    <message>
        <source>Another school</source>
        <translation>Sekolah lain</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Rusak</translation>
    </message>
    <message>
        <source>From a removed laptop</source>
        <translation>Dari laptop yang dikeluarkan</translation>
    </message>
    <message>
        <source>Unknown laptop</source>
        <translation>Laptop tak dikenal</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>This computer does not take part in sync yet. The office computer makes the school&apos;s keys; each laptop joins with a join file from the office and the school passphrase.</source>
        <translation>Komputer ini belum ikut sinkronisasi. Komputer kantor membuat kunci sekolah; setiap laptop bergabung dengan berkas gabung dari kantor dan frasa sandi sekolah.</translation>
    </message>
    <message>
        <source>This is the office computer of {school}.</source>
        <translation>Ini komputer kantor {school}.</translation>
    </message>
    <message>
        <source>This laptop ({name}) was removed from the sync of {school} by the office. Ask the office for a new join file.</source>
        <translation>Laptop ini ({name}) sudah dikeluarkan kantor dari sinkronisasi {school}. Minta berkas gabung baru ke kantor.</translation>
    </message>
    <message>
        <source>This laptop ({name}) takes part in the sync of {school}.</source>
        <translation>Laptop ini ({name}) ikut sinkronisasi {school}.</translation>
    </message>
    <message>
        <source>Make this the office computer</source>
        <translation>Jadikan komputer kantor</translation>
    </message>
    <message>
        <source>Join a school…</source>
        <translation>Bergabung dengan sekolah…</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>Flashdisk</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Pilih folder…</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Cari lagi</translation>
    </message>
    <message>
        <source>Everything (not only what is new)</source>
        <translation>Semua data (bukan hanya yang baru)</translation>
    </message>
    <message>
        <source>Write a bundle for every laptop</source>
        <translation>Tulis bundel untuk semua laptop</translation>
    </message>
    <message>
        <source>Write a bundle for the office</source>
        <translation>Tulis bundel untuk kantor</translation>
    </message>
    <message>
        <source>Import the chosen bundles</source>
        <translation>Impor bundel yang dipilih</translation>
    </message>
    <message>
        <source>Where the school has a network, the office computer or the school&apos;s server can be the hub: type its address and sync without a stick.</source>
        <translation>Bila sekolah punya jaringan, komputer kantor atau server sekolah dapat menjadi hub: ketik alamatnya dan sinkronkan tanpa flashdisk.</translation>
    </message>
    <message>
        <source>School network</source>
        <translation>Jaringan sekolah</translation>
    </message>
    <message numerus="yes">
        <source>Written: {file} (%n rows, {size}). It can be taken to the laptops.</source>
        <translation>
            <numerusform>Ditulis: {file} (%n baris, {size}). Bisa dibawa ke laptop-laptop sekolah.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Written: {file} (%n rows, {size}). It can be taken to the office.</source>
        <translation>
            <numerusform>Ditulis: {file} (%n baris, {size}). Bisa dibawa ke kantor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync over the network</source>
        <translation>Sinkronkan lewat jaringan</translation>
    </message>
    <message>
        <source>While this is ticked, laptops on the school&apos;s network can sync with this computer without a stick. Keep this window open.</source>
        <translation>Selama ini dicentang, laptop di jaringan sekolah dapat sinkron dengan komputer ini tanpa flashdisk. Biarkan jendela ini terbuka.</translation>
    </message>
    <message>
        <source>Serve the laptops over the network</source>
        <translation>Layani laptop lewat jaringan</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>Perlu diputuskan</translation>
    </message>
    <message>
        <source>Conflicts ({count})…</source>
        <translation>Konflik ({count})…</translation>
    </message>
    <message>
        <source>Same pupil twice ({count})…</source>
        <translation>Siswa tercatat dua kali ({count})…</translation>
    </message>
    <message>
        <source>Same pickup code ({count})…</source>
        <translation>Kode ambil ganda ({count})…</translation>
    </message>
    <message>
        <source>Laptops of the school</source>
        <translation>Laptop sekolah</translation>
    </message>
    <message>
        <source>Join file for a laptop…</source>
        <translation>Berkas gabung untuk laptop…</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>A task agreed at the meeting</source>
        <translation>Tindak lanjut yang disepakati</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Batas</translation>
    </message>
    <message>
        <source>Pupil (if one)</source>
        <translation>Siswa (bila ada)</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Placeholders: {names}</source>
        <translation>Isian: {names}</translation>
    </message>
    <message>
        <source>Kept: every message to parents uses these words now.</source>
        <translation>Tersimpan: setiap pesan untuk orang tua memakai kata-kata ini sekarang.</translation>
    </message>
    <message>
        <source>Messages to parents</source>
        <translation>Pesan untuk orang tua</translation>
    </message>
    <message>
        <source>An absence without a letter</source>
        <translation>Tidak hadir tanpa keterangan</translation>
    </message>
    <message>
        <source>A parent meeting invitation</source>
        <translation>Undangan pertemuan orang tua</translation>
    </message>
    <message>
        <source>Work not back yet</source>
        <translation>Tugas belum kembali</translation>
    </message>
    <message>
        <source>The standard words</source>
        <translation>Kata-kata baku</translation>
    </message>
</context>
<context>
    <name>TickListDialog</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Siswa</translation>
    </message>
    <message>
        <source>Village / dusun</source>
        <translation>Desa / dusun</translation>
    </message>
    <message>
        <source>Still out</source>
        <translation>Belum kembali</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message numerus="yes">
        <source>Stop {number}: {outcome}; %n copies recorded as returned.</source>
        <translation>
            <numerusform>Rumah {number}: {outcome}; %n lembar dicatat kembali.</numerusform>
        </translation>
    </message>
    <message>
        <source>After the round</source>
        <translation>Hasil kunjungan</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Yang terjadi</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>Tanggal kunjungan</translation>
    </message>
    <message>
        <source>Come back on</source>
        <translation>Datang lagi pada</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>A parent was met</source>
        <translation>Bertemu orang tua</translation>
    </message>
    <message>
        <source>Record this stop</source>
        <translation>Catat rumah ini</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Absent: {mark}</source>
        <translation>Tidak hadir: {mark}</translation>
    </message>
    <message>
        <source>letter received {day}</source>
        <translation>surat diterima {day}</translation>
    </message>
    <message>
        <source>Work back: {title}</source>
        <translation>Tugas kembali: {title}</translation>
    </message>
    <message>
        <source>Score: {title}</source>
        <translation>Nilai: {title}</translation>
    </message>
    <message>
        <source>Contact: {how}</source>
        <translation>Kontak: {how}</translation>
    </message>
    <message>
        <source>Case opened: {reason}</source>
        <translation>Kasus dibuka: {reason}</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Kasus ditutup</translation>
    </message>
    <message>
        <source>Step done: {step}</source>
        <translation>Langkah selesai: {step}</translation>
    </message>
    <message>
        <source>Home visit: {outcome}</source>
        <translation>Kunjungan rumah: {outcome}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Tomoni Desktop</source>
        <translation>Selamat datang di Tomoni Desktop</translation>
    </message>
    <message>
        <source>There is no school on this laptop yet. How do you want to begin?</source>
        <translation>Belum ada sekolah di laptop ini. Bagaimana Anda ingin memulai?</translation>
    </message>
    <message>
        <source>Start my school</source>
        <translation>Mulai sekolah saya</translation>
    </message>
    <message>
        <source>Type the school&apos;s name, the school year and your class; then import your pupils from Dapodik.</source>
        <translation>Ketik nama sekolah, tahun pelajaran dan kelas Anda; lalu impor siswa dari Dapodik.</translation>
    </message>
    <message>
        <source>Join a school that already uses Tomoni</source>
        <translation>Bergabung dengan sekolah yang sudah memakai Tomoni</translation>
    </message>
    <message>
        <source>Use the join file from the school office and the school passphrase: the school&apos;s data comes with it.</source>
        <translation>Pakai berkas gabung dari tata usaha dan frasa sandi sekolah: data sekolah ikut terbawa.</translation>
    </message>
    <message>
        <source>Open the demo school</source>
        <translation>Buka sekolah contoh</translation>
    </message>
    <message>
        <source>Try every feature on a made-up school (PIN 246810); it is kept apart and never mixes with your own data.</source>
        <translation>Coba semua fitur pada sekolah rekaan (PIN 246810); datanya terpisah dan tidak pernah tercampur dengan data Anda.</translation>
    </message>
</context>
<context>
    <name>WhatsAppDialog</name>
    <message>
        <source>no WhatsApp</source>
        <translation>tanpa WhatsApp</translation>
    </message>
    <message>
        <source>The pupil has no parent recorded.</source>
        <translation>Siswa ini belum punya data orang tua.</translation>
    </message>
    <message>
        <source>{name} has no WhatsApp number: a call or a letter, then.</source>
        <translation>{name} tidak punya nomor WhatsApp: telepon atau kirim surat saja.</translation>
    </message>
    <message>
        <source>{name} has not agreed to WhatsApp messages from the school. Ask, then tick what was agreed and keep it.</source>
        <translation>{name} belum setuju menerima pesan WhatsApp dari sekolah. Tanyakan dulu, lalu centang yang disetujui dan simpan.</translation>
    </message>
    <message>
        <source>{name} agreed to WhatsApp messages on {day}.</source>
        <translation>{name} setuju menerima pesan WhatsApp sejak {day}.</translation>
    </message>
    <message>
        <source>WhatsApp to the parents of {pupil}</source>
        <translation>WhatsApp ke orang tua {pupil}</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <source>WhatsApp messages</source>
        <translation>pesan WhatsApp</translation>
    </message>
    <message>
        <source>data kept by the school</source>
        <translation>data disimpan sekolah</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>signed on paper</source>
        <translation>ditandatangani di kertas</translation>
    </message>
    <message>
        <source>Keep the agreement</source>
        <translation>Simpan persetujuan</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>Salin teks</translation>
    </message>
    <message>
        <source>Open in WhatsApp</source>
        <translation>Buka di WhatsApp</translation>
    </message>
</context>
<context>
    <name>WorksheetDialog</name>
    <message numerus="yes">
        <source>{name} (%n pages)</source>
        <translation>
            <numerusform>{name} (%n halaman)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach a PDF</source>
        <translation>Lampirkan PDF</translation>
    </message>
    <message>
        <source>No PDF attached</source>
        <translation>Belum ada PDF</translation>
    </message>
    <message>
        <source>Checking {name}: every page is drawn once…</source>
        <translation>Memeriksa {name}: setiap halaman digambar sekali…</translation>
    </message>
    <message>
        <source>Edit worksheet</source>
        <translation>Ubah lembar kerja</translation>
    </message>
    <message>
        <source>New worksheet</source>
        <translation>Lembar kerja baru</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Mata pelajaran</translation>
    </message>
    <message>
        <source>Class level</source>
        <translation>Tingkat kelas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Petunjuk</translation>
    </message>
    <message>
        <source>Learning objective (TP)</source>
        <translation>Tujuan pembelajaran (TP)</translation>
    </message>
    <message>
        <source>Pass mark (KKTP)</source>
        <translation>KKTP</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>Nilai maksimum</translation>
    </message>
    <message>
        <source>Questions (one a line)</source>
        <translation>Soal (satu soal per baris)</translation>
    </message>
    <message>
        <source>Answer lines a question</source>
        <translation>Baris jawaban per soal</translation>
    </message>
    <message>
        <source>Answer space</source>
        <translation>Tempat jawaban</translation>
    </message>
    <message>
        <source>Or a PDF</source>
        <translation>Atau PDF</translation>
    </message>
    <message>
        <source>No PDF attached (at most {most} pages)</source>
        <translation>Belum ada PDF (paling banyak {most} halaman)</translation>
    </message>
    <message>
        <source>Attach PDF…</source>
        <translation>Lampirkan PDF…</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Garis</translation>
    </message>
    <message>
        <source>A box</source>
        <translation>Kotak</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>WorksheetsPage</name>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Mata pelajaran</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>Dibagikan</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dikumpulkan</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>Still out</source>
        <translation>Belum kembali</translation>
    </message>
    <message>
        <source>Paper back</source>
        <translation>Kertas kembali</translation>
    </message>
    <message>
        <source>By WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>{pages} (PDF)</source>
        <translation>{pages} (PDF)</translation>
    </message>
    <message numerus="yes">
        <source>{pages} (%n questions)</source>
        <translation>
            <numerusform>{pages} (%n soal)</numerusform>
        </translation>
    </message>
    <message>
        <source>All subjects</source>
        <translation>Semua mata pelajaran</translation>
    </message>
    <message>
        <source>Choose a worksheet to see where it was handed out.</source>
        <translation>Pilih lembar kerja untuk melihat ke kelas mana ia dibagikan.</translation>
    </message>
    <message>
        <source>{title}: not handed out yet</source>
        <translation>{title}: belum dibagikan</translation>
    </message>
    <message>
        <source>{title}: hand-outs</source>
        <translation>{title}: pembagian</translation>
    </message>
    <message>
        <source>Take out of archive</source>
        <translation>Keluarkan dari arsip</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arsipkan</translation>
    </message>
    <message>
        <source>Copy of {title}</source>
        <translation>Salinan {title}</translation>
    </message>
    <message>
        <source>Worksheets</source>
        <translation>Lembar Kerja</translation>
    </message>
    <message>
        <source>Search title or subject…</source>
        <translation>Cari judul atau mata pelajaran…</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Tampilkan arsip</translation>
    </message>
    <message>
        <source>New worksheet…</source>
        <translation>Lembar kerja baru…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Hand out to a class…</source>
        <translation>Bagikan ke kelas…</translation>
    </message>
    <message>
        <source>Print packet…</source>
        <translation>Cetak paket…</translation>
    </message>
    <message>
        <source>Print this hand-out&apos;s packet…</source>
        <translation>Cetak paket pembagian ini…</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Semua tingkat</translation>
    </message>
    <message>
        <source>Level {level}</source>
        <translation>Tingkat {level}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Database: {path}</source>
        <translation>Basis data: {path}</translation>
    </message>
    <message>
        <source>Schema revision: {revision} (newest: {head})</source>
        <translation>Revisi skema: {revision} (terbaru: {head})</translation>
    </message>
    <message>
        <source>An upgrade is pending: run tomoni db upgrade.</source>
        <translation>Ada pembaruan yang tertunda: jalankan tomoni db upgrade.</translation>
    </message>
    <message>
        <source>Node id: {node}</source>
        <translation>ID node: {node}</translation>
    </message>
    <message>
        <source>School: {school}</source>
        <translation>Sekolah: {school}</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Jumlah baris:</translation>
    </message>
    <message>
        <source>The last upgrade was interrupted; it has now been completed.</source>
        <translation>Pembaruan terakhir terputus; sekarang sudah diselesaikan.</translation>
    </message>
    <message>
        <source>Already up to date ({revision}).</source>
        <translation>Sudah versi terbaru ({revision}).</translation>
    </message>
    <message>
        <source>Upgraded from {old} to {new}; backup: {backup}</source>
        <translation>Diperbarui dari {old} ke {new}; cadangan: {backup}</translation>
    </message>
    <message>
        <source>The database is whole: SQLite&apos;s check found no problem.</source>
        <translation>Basis data utuh: pemeriksaan SQLite tidak menemukan masalah.</translation>
    </message>
    <message>
        <source>The database is DAMAGED. SQLite&apos;s check says:</source>
        <translation>Basis data RUSAK. Pemeriksaan SQLite menyebutkan:</translation>
    </message>
    <message>
        <source>No good backup was found in the backup folder.</source>
        <translation>Tidak ada cadangan baik di folder cadangan.</translation>
    </message>
    <message>
        <source>Newest good backup: {path} ({when})</source>
        <translation>Cadangan baik terbaru: {path} ({when})</translation>
    </message>
    <message>
        <source>Restore it (tomoni restore), or salvage what can be read (tomoni db recover). Changes already sent in sync bundles come back from the office with its next bundle.</source>
        <translation>Pulihkan cadangan itu (tomoni restore), atau selamatkan yang masih terbaca (tomoni db recover). Perubahan yang sudah terkirim dalam bundel sinkronisasi kembali dari kantor bersama bundel berikutnya.</translation>
    </message>
    <message>
        <source>Nothing can be read: the list of tables itself is damaged.</source>
        <translation>Tidak ada yang terbaca: daftar tabelnya sendiri rusak.</translation>
    </message>
    <message>
        <source>Still readable (rows per table):</source>
        <translation>Yang masih terbaca (baris per tabel):</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>tidak terbaca</translation>
    </message>
    <message>
        <source>Salvaged {rows} rows into a new {path}.</source>
        <translation>Diselamatkan {rows} baris ke {path} yang baru.</translation>
    </message>
    <message>
        <source>Could not be read at all: {tables}</source>
        <translation>Sama sekali tidak terbaca: {tables}</translation>
    </message>
    <message>
        <source>{count} rows were left out: what they belong to was lost.</source>
        <translation>{count} baris ditinggalkan: data induknya hilang.</translation>
    </message>
    <message>
        <source>The damaged database was moved aside as {path}</source>
        <translation>Basis data yang rusak dipindahkan ke {path}</translation>
    </message>
    <message>
        <source>Sync with the office next: its bundle brings back everything it has, including what was lost here.</source>
        <translation>Berikutnya, sinkronkan dengan kantor: bundelnya membawa kembali semua yang ada di sana, termasuk yang hilang di sini.</translation>
    </message>
    <message>
        <source>Demo school written to {path}: {classes}, {students}, {teachers}.</source>
        <translation>Sekolah contoh ditulis ke {path}: {classes}, {students}, {teachers}.</translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation>Frasa sandi cadangan: </translation>
    </message>
    <message>
        <source>From now on every backup is encrypted with this passphrase.</source>
        <translation>Mulai sekarang setiap cadangan dienkripsi dengan frasa sandi ini.</translation>
    </message>
    <message>
        <source>Backup written and verified: {path}</source>
        <translation>Cadangan ditulis dan diperiksa: {path}</translation>
    </message>
    <message>
        <source>Restored {backup} into {path}.</source>
        <translation>{backup} dipulihkan ke {path}.</translation>
    </message>
    <message>
        <source>The database it replaced was kept as {path}</source>
        <translation>Basis data yang diganti disimpan sebagai {path}</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Kesalahan: {message}</translation>
    </message>
    <message>
        <source>Unexpected error; the details are in {log}</source>
        <translation>Kesalahan tak terduga; rinciannya ada di {log}</translation>
    </message>
    <message>
        <source>{file}: {new} new, {updated} updated, {unchanged} unchanged, {duplicate} listed twice, {problem} with problems.</source>
        <translation>{file}: {new} baru, {updated} diperbarui, {unchanged} tidak berubah, {duplicate} tercantum dua kali, {problem} bermasalah.</translation>
    </message>
    <message>
        <source>  new class: {name} (level {level})</source>
        <translation>  kelas baru: {name} (tingkat {level})</translation>
    </message>
    <message>
        <source>  row {row}, column {column}: {message}</source>
        <translation>  baris {row}, kolom {column}: {message}</translation>
    </message>
    <message>
        <source>  row {row}, column {column}, check: {message}</source>
        <translation>  baris {row}, kolom {column}, periksa: {message}</translation>
    </message>
    <message>
        <source>  row {row}: is this {name}? Import again with --same-child {row} or --other-child {row}.</source>
        <translation>  baris {row}: apakah ini {name}? Impor lagi dengan --same-child {row} (anak yang sama) atau --other-child {row} (anak lain).</translation>
    </message>
    <message>
        <source>  row {row}, {field}: the file&apos;s {new} would replace the correction {old}</source>
        <translation>  baris {row}, {field}: {new} dari berkas akan menggantikan koreksi {old}</translation>
    </message>
    <message>
        <source>  row {row}, {field}: the correction {old} is kept (the file says {new})</source>
        <translation>  baris {row}, {field}: koreksi {old} dipertahankan (berkas: {new})</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Uji coba: tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Imported: {new} new, {updated} updated, {unchanged} unchanged, {left_out} left out, {classes} new classes.</source>
        <translation>Diimpor: {new} baru, {updated} diperbarui, {unchanged} tidak berubah, {left_out} dilewati, {classes} kelas baru.</translation>
    </message>
    <message>
        <source>{count} pupils written to {path}</source>
        <translation>{count} siswa ditulis ke {path}</translation>
    </message>
    <message>
        <source>Everything about {name}: {pages} page(s): {path}, and {json}</source>
        <translation>Semua data {name}: {pages} halaman: {path}, dan {json}</translation>
    </message>
    <message>
        <source>Packet for class {name}: {pupils}, {copies}, {pages}, {path}</source>
        <translation>Paket kelas {name}: {pupils}, {copies}, {pages}, {path}</translation>
    </message>
    <message>
        <source>With {count} letters to the same families.</source>
        <translation>Beserta {count} surat untuk keluarga yang sama.</translation>
    </message>
    <message>
        <source>School passphrase: </source>
        <translation>Frasa sandi sekolah: </translation>
    </message>
    <message>
        <source>Who is acting? </source>
        <translation>Siapa yang memakai? </translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation>PIN: </translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Ketik sekali lagi: </translation>
    </message>
    <message>
        <source>This computer is now the office of {school}.</source>
        <translation>Komputer ini sekarang menjadi komputer kantor {school}.</translation>
    </message>
    <message>
        <source>Join file for {name} ({id}) written to {path}.</source>
        <translation>Berkas gabung untuk {name} ({id}) ditulis ke {path}.</translation>
    </message>
    <message>
        <source>This laptop ({name}) has joined {school}.</source>
        <translation>Laptop ini ({name}) sudah bergabung dengan {school}.</translation>
    </message>
    <message>
        <source>{name} ({id}) is removed; its new bundles will be refused everywhere.</source>
        <translation>{name} ({id}) dikeluarkan; bundel barunya akan ditolak di semua komputer.</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>dikeluarkan</translation>
    </message>
    <message>
        <source>the office</source>
        <translation>kantor</translation>
    </message>
    <message>
        <source>{rows} rows written to {path} ({size} KB).</source>
        <translation>{rows} baris ditulis ke {path} ({size} KB).</translation>
    </message>
    <message>
        <source>{name} was imported before; nothing to do.</source>
        <translation>{name} sudah pernah diimpor; tidak ada yang perlu dilakukan.</translation>
    </message>
    <message>
        <source>{name} from {sender}: {new} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts.</source>
        <translation>{name} dari {sender}: {new} baru, {updated} diperbarui, {unchanged} tetap, {conflicts} konflik.</translation>
    </message>
    <message>
        <source>(dry run: nothing was written)</source>
        <translation>(uji coba: tidak ada yang ditulis)</translation>
    </message>
    <message>
        <source>{rows} rows sent to {url}.</source>
        <translation>{rows} baris dikirim ke {url}.</translation>
    </message>
    <message>
        <source>From the hub at {url}: {new} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts.</source>
        <translation>Dari hub di {url}: {new} baru, {updated} diperbarui, {unchanged} tetap, {conflicts} konflik.</translation>
    </message>
    <message>
        <source>--listen takes HOST:PORT, such as {example}.</source>
        <translation>--listen berisi HOST:PORT, misalnya {example}.</translation>
    </message>
    <message>
        <source>Serving the school&apos;s hub at http://{host}:{port} (Ctrl+C stops).</source>
        <translation>Hub sekolah melayani di http://{host}:{port} (Ctrl+C untuk berhenti).</translation>
    </message>
    <message>
        <source>{school} now syncs through this district hub.</source>
        <translation>{school} sekarang bersinkronisasi lewat hub kabupaten ini.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Sekolah</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Siswa</translation>
    </message>
    <message>
        <source>Worksheets out</source>
        <translation>LK dibagikan</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>LK kembali</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Kunjungan rumah</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Rata-rata nilai</translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation>Ditulis ke {path}.</translation>
    </message>
    <message>
        <source>{value} is not a date; write it as dd-mm-yyyy</source>
        <translation>{value} bukan tanggal; tulis sebagai hh-bb-tttt</translation>
    </message>
    <message>
        <source>{code}: returned, {pupil} ({class_name}), {worksheet}</source>
        <translation>{code}: dikembalikan, {pupil} ({class_name}), {worksheet}</translation>
    </message>
    <message>
        <source>{code}: returned, {pupil} of class {class_name} (not the class given), {worksheet}</source>
        <translation>{code}: dikembalikan, {pupil} dari kelas {class_name} (bukan kelas yang disebut), {worksheet}</translation>
    </message>
    <message>
        <source>{code}: reply to the letter recorded, {pupil} ({class_name})</source>
        <translation>{code}: balasan surat dicatat, {pupil} ({class_name})</translation>
    </message>
    <message>
        <source>{code}: already returned on {day}, {pupil} ({class_name})</source>
        <translation>{code}: sudah dikembalikan pada {day}, {pupil} ({class_name})</translation>
    </message>
    <message>
        <source>{code}: no copy or letter has this code; check it on the paper</source>
        <translation>{code}: tidak ada lembar kerja atau surat dengan kode ini; periksa kodenya di kertas</translation>
    </message>
    <message>
        <source>{code}: not a pickup code (six letters and digits, like K7M-Q2P)</source>
        <translation>{code}: bukan kode pengambilan (enam huruf dan angka, seperti K7M-Q2P)</translation>
    </message>
    <message>
        <source>{code}: the reply to this letter was recorded on {day}, {pupil} ({class_name})</source>
        <translation>{code}: balasan surat ini sudah dicatat pada {day}, {pupil} ({class_name})</translation>
    </message>
    <message>
        <source>(late: due {day})</source>
        <translation>(terlambat: batas {day})</translation>
    </message>
    <message>
        <source>Round of class {name} on {day}: {stops}, {collect}, {deliver} to deliver; route sheet of {pages}: {path}</source>
        <translation>Kunjungan kelas {name} pada {day}: {stops}, {collect}, {deliver} diantar; lembar rute {pages}: {path}</translation>
    </message>
    <message>
        <source>Class {name}: {count}, {late} past their due date; {pages}: {path}</source>
        <translation>Kelas {name}: {count}, {late} lewat batas kumpul; {pages}: {path}</translation>
    </message>
    <message>
        <source>{day}  {name}: {stops} houses, {visited} visited</source>
        <translation>{day}  {name}: {stops} rumah, {visited} sudah dikunjungi</translation>
    </message>
    <message>
        <source>No rounds planned yet.</source>
        <translation>Belum ada kunjungan yang direncanakan.</translation>
    </message>
    <message>
        <source>{pupils} x {assessments} written: {path}</source>
        <translation>{pupils} x {assessments} ditulis: {path}</translation>
    </message>
    <message>
        <source>Dry run: {count} results would change; nothing was written.</source>
        <translation>Uji coba: {count} nilai akan berubah; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>{count} results changed.</source>
        <translation>{count} nilai berubah.</translation>
    </message>
    <message>
        <source>Class {name}: {subjects} for e-Rapor ({sheets}), {missing}: {path}</source>
        <translation>Kelas {name}: {subjects} untuk e-Rapor ({sheets}), {missing}: {path}</translation>
    </message>
    <message>
        <source>Class {name}: progress reports of {pupils}, {pages}, {missing}: {path}</source>
        <translation>Kelas {name}: laporan perkembangan {pupils}, {pages}, {missing}: {path}</translation>
    </message>
    <message>
        <source>Class {name}: {count}, {pages}: {path}</source>
        <translation>Kelas {name}: {count}, {pages}: {path}</translation>
    </message>
    <message>
        <source>Leger of {classes}, {pages}: {path}</source>
        <translation>Leger {classes}, {pages}: {path}</translation>
    </message>
    <message>
        <source>New PIN: </source>
        <translation>PIN baru: </translation>
    </message>
    <message>
        <source>Sign-in is set up; {name} is the office.</source>
        <translation>Masuk dengan PIN sudah diatur; {name} adalah tata usaha.</translation>
    </message>
    <message>
        <source>Recovery code (write it down and keep it locked away; it is shown only now): {code}</source>
        <translation>Kode pemulihan (tulis dan simpan di tempat terkunci; hanya ditampilkan sekarang): {code}</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} ditambahkan.</translation>
    </message>
    <message>
        <source>A new PIN is set for {name}.</source>
        <translation>PIN baru untuk {name} sudah diatur.</translation>
    </message>
    <message>
        <source>The principal&apos;s page and the families&apos; letters, {pages} pages: {path}</source>
        <translation>Halaman kepala sekolah dan surat untuk keluarga, {pages} halaman: {path}</translation>
    </message>
    <message>
        <source>The personal data of {count} pupils was deleted.</source>
        <translation>Data pribadi {count} siswa sudah dihapus.</translation>
    </message>
    <message>
        <source>Week of {first}: {classes}, {returned}, {overdue} overdue, {absent}, {cases}; {pages}: {path}</source>
        <translation>Minggu {first}: {classes}, {returned}, {overdue} lewat batas, {absent}, {cases}; {pages}: {path}</translation>
    </message>
    <message>
        <source>{count}, {pages}: {path}</source>
        <translation>{count}, {pages}: {path}</translation>
    </message>
    <message>
        <source>Meeting of {name} on {day}: {families}, {pages}: {path}</source>
        <translation>Pertemuan {name} pada {day}: {families}, {pages}: {path}</translation>
    </message>
    <message>
        <source>{classes}, {lessons}, {pages}: {path}</source>
        <translation>{classes}, {lessons}, {pages}: {path}</translation>
    </message>
</context>
<context>
    <name>damaged</name>
    <message>
        <source>Restore backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>This backup is encrypted. The backup passphrase:</source>
        <translation>Cadangan ini terenkripsi. Frasa sandi cadangan:</translation>
    </message>
    <message>
        <source>Mending the school database…</source>
        <translation>Memperbaiki basis data sekolah…</translation>
    </message>
    <message>
        <source>The damaged file was kept as {path}.</source>
        <translation>Berkas yang rusak disimpan sebagai {path}.</translation>
    </message>
    <message>
        <source>pupils</source>
        <translation>siswa</translation>
    </message>
    <message>
        <source>parents and guardians</source>
        <translation>orang tua dan wali</translation>
    </message>
    <message>
        <source>worksheets</source>
        <translation>lembar kerja</translation>
    </message>
    <message>
        <source>worksheet copies handed out</source>
        <translation>salinan lembar kerja dibagikan</translation>
    </message>
    <message>
        <source>worksheets returned</source>
        <translation>lembar kerja kembali</translation>
    </message>
    <message>
        <source>scores</source>
        <translation>nilai</translation>
    </message>
    <message>
        <source>attendance marks</source>
        <translation>catatan kehadiran</translation>
    </message>
    <message>
        <source>contacts with parents</source>
        <translation>kontak dengan orang tua</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>File not found: {path}</source>
        <translation>Berkas tidak ditemukan: {path}</translation>
    </message>
    <message>
        <source>{path} is not a Tomoni Desktop backup.</source>
        <translation>{path} bukan cadangan Tomoni Desktop.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged and cannot be used.</source>
        <translation>Cadangan {path} rusak dan tidak dapat dipakai.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder {path}: {reason}</source>
        <translation>Folder cadangan {path} tidak dapat dibuat: {reason}</translation>
    </message>
    <message>
        <source>The backup failed its check and was not kept.</source>
        <translation>Cadangan gagal diperiksa dan tidak disimpan.</translation>
    </message>
    <message>
        <source>Cannot write the backup to {path}: {reason}</source>
        <translation>Cadangan tidak dapat ditulis ke {path}: {reason}</translation>
    </message>
    <message>
        <source>This backup is encrypted: give the backup passphrase.</source>
        <translation>Cadangan ini dienkripsi: masukkan frasa sandi cadangan.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} adalah folder, bukan berkas basis data.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a Tomoni Desktop database.</source>
        <translation>{path} bukan basis data Tomoni Desktop.</translation>
    </message>
    <message>
        <source>No permission to read and write {path}.</source>
        <translation>Tidak ada izin untuk membaca dan menulis {path}.</translation>
    </message>
    <message>
        <source>{path} is encrypted: sign in with your PIN to open it (--as NAME).</source>
        <translation>{path} terenkripsi: masuk dengan PIN Anda untuk membukanya (--as NAMA).</translation>
    </message>
    <message>
        <source>The database {path} is damaged. Close the app and open it again to recover it from a backup.</source>
        <translation>Basis data {path} rusak. Tutup aplikasi lalu buka lagi untuk memulihkannya dari cadangan.</translation>
    </message>
    <message>
        <source>Another Tomoni Desktop window or command is writing to {path}. Nothing was saved: wait until it has finished, then try again.</source>
        <translation>Jendela atau perintah Tomoni Desktop lain sedang menulis ke {path}. Tidak ada yang disimpan: tunggu sampai selesai, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Proses dibatalkan.</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Tomoni Desktop. Install the newer version to open it.</source>
        <translation>{path} dibuat oleh Tomoni Desktop versi yang lebih baru. Pasang versi baru itu untuk membukanya.</translation>
    </message>
    <message>
        <source>Updating the database failed; it was put back as it was before. Details are in the log. ({reason})</source>
        <translation>Pembaruan basis data gagal; basis data dikembalikan seperti semula. Rinciannya ada di log. ({reason})</translation>
    </message>
    <message>
        <source>Paper size must be A4 or F4, not {value}.</source>
        <translation>Ukuran kertas harus A4 atau F4, bukan {value}.</translation>
    </message>
    <message>
        <source>Write 1 to {most} habits, separated by &apos;;&apos;, each at most 40 characters.</source>
        <translation>Tulis 1 sampai {most} kebiasaan, dipisahkan dengan &apos;;&apos;, masing-masing paling banyak 40 karakter.</translation>
    </message>
    <message>
        <source>Follow up after 1 to 10 visits.</source>
        <translation>Tindak lanjut setelah 1 sampai 10 kunjungan.</translation>
    </message>
    <message>
        <source>The message may use {allowed}; not {unknown}. At most 1000 characters.</source>
        <translation>Pesan boleh memakai {allowed}; bukan {unknown}. Paling banyak 1000 huruf.</translation>
    </message>
    <message>
        <source>Keep between 1 and {most} backups.</source>
        <translation>Simpan antara 1 dan {most} cadangan.</translation>
    </message>
    <message>
        <source>The demo school can have 1 to {most} pupils.</source>
        <translation>Sekolah contoh dapat berisi 1 sampai {most} siswa.</translation>
    </message>
    <message>
        <source>This database already has a school; use a new file.</source>
        <translation>Basis data ini sudah berisi sekolah; gunakan berkas baru.</translation>
    </message>
    <message>
        <source>Write the school year as two following years, like 2025/2026.</source>
        <translation>Tulis tahun pelajaran sebagai dua tahun berurutan, misalnya 2025/2026.</translation>
    </message>
    <message>
        <source>The school year {value} is not plausible.</source>
        <translation>Tahun pelajaran {value} tidak masuk akal.</translation>
    </message>
    <message>
        <source>Enter the school&apos;s name.</source>
        <translation>Isi nama sekolah.</translation>
    </message>
    <message>
        <source>The NPSN must be 8 characters, usually digits.</source>
        <translation>NPSN harus 8 karakter, biasanya angka.</translation>
    </message>
    <message>
        <source>Enter the homeroom teacher&apos;s name.</source>
        <translation>Isi nama wali kelas.</translation>
    </message>
    <message>
        <source>A NIP has exactly 18 digits; leave it empty if none.</source>
        <translation>NIP terdiri atas tepat 18 angka; kosongkan jika tidak ada.</translation>
    </message>
    <message>
        <source>The class level must be 7, 8 or 9.</source>
        <translation>Tingkat kelas harus 7, 8, atau 9.</translation>
    </message>
    <message>
        <source>Enter the class name, like VII A.</source>
        <translation>Isi nama kelas, misalnya VII A.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in {log}</source>
        <translation>Terjadi kesalahan tak terduga. Rinciannya ada di {log}</translation>
    </message>
    <message>
        <source>Tomoni Desktop</source>
        <translation>Tomoni Desktop</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>This database has no school yet; set it up first.</source>
        <translation>Basis data ini belum berisi sekolah; isi data sekolah dulu.</translation>
    </message>
    <message>
        <source>The packet is a PDF: name the file .pdf, not {name}.</source>
        <translation>Paket berupa PDF: beri nama berkas .pdf, bukan {name}.</translation>
    </message>
    <message>
        <source>{value} is not a valid Indonesian phone number.</source>
        <translation>{value} bukan nomor telepon Indonesia yang sah.</translation>
    </message>
    <message>
        <source>{value} is a landline; WhatsApp needs a mobile number (08…).</source>
        <translation>{value} adalah nomor telepon rumah; WhatsApp memerlukan nomor HP (08…).</translation>
    </message>
    <message>
        <source>NISN {value} is in scientific notation and its last digits are lost; format the column as Text in Excel and type it again.</source>
        <translation>NISN {value} tertulis dalam notasi ilmiah dan angka terakhirnya hilang; ubah format kolom menjadi Teks di Excel lalu ketik ulang.</translation>
    </message>
    <message>
        <source>NISN must be exactly 10 digits, not {value}.</source>
        <translation>NISN harus tepat 10 angka, bukan {value}.</translation>
    </message>
    <message>
        <source>Gender must be L or P, not {value}.</source>
        <translation>Jenis kelamin harus L atau P, bukan {value}.</translation>
    </message>
    <message>
        <source>Cannot read the date {value}; write it like 14/03/2011 or 2011-03-14.</source>
        <translation>Tanggal {value} tidak terbaca; tulis seperti 14/03/2011 atau 2011-03-14.</translation>
    </message>
    <message>
        <source>Date of birth {value} is not plausible for a junior high pupil.</source>
        <translation>Tanggal lahir {value} tidak masuk akal untuk siswa SMP.</translation>
    </message>
    <message>
        <source>Cannot tell the class level (7, 8 or 9) from {value}.</source>
        <translation>Tingkat kelas (7, 8, atau 9) tidak dapat dibaca dari {value}.</translation>
    </message>
    <message>
        <source>This text is longer than {most} characters.</source>
        <translation>Teks ini lebih dari {most} karakter.</translation>
    </message>
    <message>
        <source>No header with the columns Nama and NISN was found in the first {rows} rows; is this the Dapodik pupil list?</source>
        <translation>Tidak ada baris judul dengan kolom Nama dan NISN di {rows} baris pertama; apakah ini daftar peserta didik Dapodik?</translation>
    </message>
    <message>
        <source>The column {columns} is missing from the file.</source>
        <translation>Kolom {columns} tidak ada di berkas.</translation>
    </message>
    <message>
        <source>The file has more than {most} pupils.</source>
        <translation>Berkas berisi lebih dari {most} siswa.</translation>
    </message>
    <message>
        <source>{path} has no pupils in it.</source>
        <translation>{path} tidak berisi data siswa.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Nama kosong.</translation>
    </message>
    <message>
        <source>{path} is {size} MB; a file read here may be at most {most} MB.</source>
        <translation>{path} berukuran {size} MB; berkas yang dibaca di sini paling besar {most} MB.</translation>
    </message>
    <message>
        <source>{path} unpacks to {size} MB, more than the {most} MB a workbook may hold here. Save a copy with only the needed sheet.</source>
        <translation>{path} bila dibuka menjadi {size} MB, lebih dari {most} MB yang boleh dimuat sebuah buku kerja di sini. Simpan salinan yang hanya berisi lembar yang diperlukan.</translation>
    </message>
    <message>
        <source>{path} holds {count} parts; a workbook read here may hold at most {most}. Save a copy with only the needed sheet.</source>
        <translation>{path} berisi {count} bagian; buku kerja yang dibaca di sini paling banyak berisi {most}. Simpan salinan yang hanya berisi lembar yang diperlukan.</translation>
    </message>
    <message>
        <source>{path} is protected with a password. Open it in Excel, remove the password and save it again.</source>
        <translation>{path} dilindungi kata sandi. Buka di Excel, hapus kata sandinya, lalu simpan lagi.</translation>
    </message>
    <message>
        <source>{path} is an old Excel 97-2003 file. Open it in Excel and save it as .xlsx.</source>
        <translation>{path} adalah berkas Excel 97-2003 lama. Buka di Excel lalu simpan sebagai .xlsx.</translation>
    </message>
    <message>
        <source>{path} is not an Excel .xlsx file.</source>
        <translation>{path} bukan berkas Excel .xlsx.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read. Download or save it again.</source>
        <translation>{path} rusak dan tidak dapat dibaca. Unduh atau simpan ulang berkasnya.</translation>
    </message>
    <message>
        <source>{path} is saved as UTF-16 (Unicode text). In Excel choose &quot;CSV UTF-8 (Comma delimited)&quot; and save again.</source>
        <translation>{path} tersimpan sebagai UTF-16 (Unicode text). Di Excel pilih &quot;CSV UTF-8 (Comma delimited)&quot; lalu simpan lagi.</translation>
    </message>
    <message>
        <source>{path} is neither UTF-8 nor Windows-1252 text. Save it from Excel as CSV UTF-8.</source>
        <translation>{path} bukan teks UTF-8 maupun Windows-1252. Simpan dari Excel sebagai CSV UTF-8.</translation>
    </message>
    <message>
        <source>{path}, row {row}: a cell is too long or broken ({most} characters at most).</source>
        <translation>{path}, baris {row}: ada sel yang terlalu panjang atau rusak (paling banyak {most} karakter).</translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}.</source>
        <translation>{value} bukan salah satu dari: {choices}.</translation>
    </message>
    <message>
        <source>There is no class {name} this school year.</source>
        <translation>Tidak ada kelas {name} pada tahun pelajaran ini.</translation>
    </message>
    <message>
        <source>Export to a .csv or .xlsx file, not {name}.</source>
        <translation>Ekspor ke berkas .csv atau .xlsx, bukan {name}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} tidak dapat ditulis: {reason}</translation>
    </message>
    <message>
        <source>The school year was not found.</source>
        <translation>Tahun pelajaran tidak ditemukan.</translation>
    </message>
    <message>
        <source>No pupil of class {name} is in the file.</source>
        <translation>Tidak ada siswa kelas {name} di berkas.</translation>
    </message>
    <message>
        <source>gender changes from {old} to {new}: check that this is the same child.</source>
        <translation>jenis kelamin berubah dari {old} menjadi {new}: periksa apakah anaknya sama.</translation>
    </message>
    <message>
        <source>the class level jumps from {old} to {new} within one year.</source>
        <translation>tingkat kelas melompat dari {old} ke {new} dalam satu tahun.</translation>
    </message>
    <message>
        <source>you said this is {name} with corrected name and date of birth.</source>
        <translation>menurut Anda ini {name} dengan nama dan tanggal lahir yang dibetulkan.</translation>
    </message>
    <message>
        <source>you said this is another child: NISN {nisn} stays with {name}; this pupil is imported without a NISN until it is corrected.</source>
        <translation>menurut Anda ini anak lain: NISN {nisn} tetap milik {name}; siswa ini diimpor tanpa NISN sampai dibetulkan.</translation>
    </message>
    <message>
        <source>NISN {nisn} belongs to {name} (born {born}) in this school, but this row has another name and date of birth. Say whether it is the same child (data corrected) or another child (NISN wrong in the file).</source>
        <translation>NISN {nisn} milik {name} (lahir {born}) di sekolah ini, tetapi baris ini bernama dan bertanggal lahir lain. Tentukan: anak yang sama (datanya dibetulkan) atau anak lain (NISN di berkas salah).</translation>
    </message>
    <message>
        <source>NISN {nisn} is given to different names in rows {rows}.</source>
        <translation>NISN {nisn} dipakai untuk nama yang berbeda di baris {rows}.</translation>
    </message>
    <message>
        <source>Choose L or P.</source>
        <translation>Pilih L atau P.</translation>
    </message>
    <message>
        <source>Choose a worksheet.</source>
        <translation>Pilih lembar kerja.</translation>
    </message>
    <message>
        <source>This worksheet is archived; take it out of the archive first.</source>
        <translation>Lembar kerja ini diarsipkan; keluarkan dulu dari arsip.</translation>
    </message>
    <message>
        <source>Choose the pupil&apos;s class.</source>
        <translation>Pilih kelas siswa.</translation>
    </message>
    <message>
        <source>Write what the pupils learn (the TP&apos;s text).</source>
        <translation>Tuliskan apa yang dipelajari siswa (teks TP).</translation>
    </message>
    <message>
        <source>The criterion (KKTP) is between 0 and 100, not {value}.</source>
        <translation>Kriteria (KKTP) antara 0 dan 100, bukan {value}.</translation>
    </message>
    <message>
        <source>Give the assessment a name.</source>
        <translation>Beri nama penilaian ini.</translation>
    </message>
    <message>
        <source>The due date cannot be before the day it is handed out.</source>
        <translation>Tanggal kumpul tidak boleh sebelum tanggal dibagikan.</translation>
    </message>
    <message>
        <source>The text has {length} characters; a report holds at most {most}.</source>
        <translation>Teksnya {length} huruf; rapor memuat paling banyak {most}.</translation>
    </message>
    <message>
        <source>Say why the final score is set by hand.</source>
        <translation>Tuliskan alasan nilai akhir diubah secara manual.</translation>
    </message>
    <message>
        <source>Class {name} has no pupils.</source>
        <translation>Kelas {name} belum memiliki siswa.</translation>
    </message>
    <message>
        <source>The date of consent cannot be in the future.</source>
        <translation>Tanggal persetujuan tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>A pupil cannot share a phone with themself.</source>
        <translation>Siswa tidak dapat berbagi HP dengan dirinya sendiri.</translation>
    </message>
    <message>
        <source>Enter the parent&apos;s or guardian&apos;s name.</source>
        <translation>Isi nama orang tua/wali.</translation>
    </message>
    <message>
        <source>A consent cannot be recorded for a day still to come.</source>
        <translation>Persetujuan tidak dapat dicatat untuk hari yang belum tiba.</translation>
    </message>
    <message>
        <source>{name} cannot be opened; is the stick still in?</source>
        <translation>{name} tidak bisa dibuka; apakah flashdisk masih terpasang?</translation>
    </message>
    <message>
        <source>{name} is not a PDF file.</source>
        <translation>{name} bukan berkas PDF.</translation>
    </message>
    <message>
        <source>{name} is larger than {most} MB.</source>
        <translation>{name} lebih besar dari {most} MB.</translation>
    </message>
    <message>
        <source>{name} is locked with a password; save an unlocked copy and attach that.</source>
        <translation>{name} dikunci dengan kata sandi; simpan salinan tanpa kata sandi lalu lampirkan salinan itu.</translation>
    </message>
    <message>
        <source>{name} takes more than {seconds} seconds to draw, so it would hold up every preview and packet. Print it again to PDF (for example with Microsoft Print to PDF) and attach that.</source>
        <translation>{name} perlu lebih dari {seconds} detik untuk digambar, sehingga akan menghambat setiap pratinjau dan paket. Cetak ulang ke PDF (misalnya dengan Microsoft Print to PDF) lalu lampirkan hasilnya.</translation>
    </message>
    <message>
        <source>{name} needs more than {most} MB of memory to draw a page. Print it again to PDF and attach that.</source>
        <translation>{name} memerlukan lebih dari {most} MB memori untuk menggambar satu halaman. Cetak ulang ke PDF lalu lampirkan hasilnya.</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read.</source>
        <translation>{name} rusak dan tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>{name} unpacks to more than {most} MB; a worksheet needs far less. Print it again to PDF and attach that.</source>
        <translation>{name} bila dibuka menjadi lebih dari {most} MB; lembar kerja jauh lebih kecil dari itu. Cetak ulang ke PDF lalu lampirkan hasilnya.</translation>
    </message>
    <message>
        <source>{name} has no pages.</source>
        <translation>{name} tidak memiliki halaman.</translation>
    </message>
    <message>
        <source>{name} has {pages} pages; a worksheet may have at most {most}.</source>
        <translation>{name} berisi {pages} halaman; lembar kerja paling banyak {most} halaman.</translation>
    </message>
    <message>
        <source>Enter the worksheet&apos;s title.</source>
        <translation>Isi judul lembar kerja.</translation>
    </message>
    <message>
        <source>The maximum score must be between 1 and 1000.</source>
        <translation>Nilai maksimum harus antara 1 dan 1000.</translation>
    </message>
    <message>
        <source>The pass mark (KKTP) must be between 0 and the maximum score.</source>
        <translation>KKTP harus antara 0 dan nilai maksimum.</translation>
    </message>
    <message>
        <source>Question {number} needs 1 to 30 answer lines.</source>
        <translation>Soal {number} memerlukan 1 sampai 30 baris jawaban.</translation>
    </message>
    <message>
        <source>A worksheet needs typed questions or an attached PDF.</source>
        <translation>Lembar kerja memerlukan soal yang diketik atau PDF yang dilampirkan.</translation>
    </message>
    <message>
        <source>Choose the subject.</source>
        <translation>Pilih mata pelajaran.</translation>
    </message>
    <message>
        <source>Nobody in class {name} has a worksheet on paper waiting to be printed.</source>
        <translation>Tidak ada siswa kelas {name} yang menunggu lembar kerja cetak.</translation>
    </message>
    <message>
        <source>{name} is not a Tomoni sync bundle.</source>
        <translation>{name} bukan bundel sinkronisasi Tomoni.</translation>
    </message>
    <message>
        <source>Set up the school first; then make this the office.</source>
        <translation>Siapkan data sekolah dulu; sesudah itu jadikan komputer ini komputer kantor.</translation>
    </message>
    <message>
        <source>The bundle holds no school yet: ask the office for a full bundle.</source>
        <translation>Bundel ini belum berisi data sekolah: minta bundel berisi semua data dari kantor.</translation>
    </message>
    <message>
        <source>No single laptop of this school matches {text}; see the list of laptops.</source>
        <translation>Tidak ada satu laptop sekolah ini yang cocok dengan {text}; lihat daftar laptop.</translation>
    </message>
    <message>
        <source>This laptop was removed from the school by the office; its bundles are refused everywhere.</source>
        <translation>Laptop ini sudah dikeluarkan dari sekolah oleh kantor; bundelnya ditolak di semua komputer.</translation>
    </message>
    <message>
        <source>The bundle could not be written to {folder} ({reason}); nothing was left there. Check the stick and try again.</source>
        <translation>Bundel tidak dapat ditulis ke {folder} ({reason}); tidak ada yang tertinggal di sana. Periksa flashdisk lalu coba lagi.</translation>
    </message>
    <message>
        <source>The stick or folder {folder} cannot be read ({reason}).</source>
        <translation>Flashdisk atau folder {folder} tidak dapat dibaca ({reason}).</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Tomoni Desktop; update this laptop.</source>
        <translation>{name} dibuat oleh versi Tomoni Desktop yang lebih baru; perbarui aplikasi di laptop ini.</translation>
    </message>
    <message>
        <source>{name} could not be read from the stick ({reason}).</source>
        <translation>{name} tidak dapat dibaca dari flashdisk ({reason}).</translation>
    </message>
    <message>
        <source>{name} refers to records this computer does not have (table {table}); nothing was imported. Ask for a bundle with everything (Semua data).</source>
        <translation>{name} merujuk data yang tidak ada di komputer ini (tabel {table}); tidak ada yang diimpor. Minta bundel berisi semua data (Semua data).</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete and was not imported. Copy it again from the laptop that made it.</source>
        <translation>{name} rusak atau tidak lengkap dan tidak diimpor. Salin lagi dari laptop yang membuatnya.</translation>
    </message>
    <message>
        <source>{name} could not be opened: it is damaged, or it belongs to another school or was made with another school key.</source>
        <translation>{name} tidak dapat dibuka: berkasnya rusak, atau milik sekolah lain, atau dibuat dengan kunci sekolah lain.</translation>
    </message>
    <message>
        <source>{name} belongs to another school.</source>
        <translation>{name} milik sekolah lain.</translation>
    </message>
    <message>
        <source>{name} comes from a laptop that is not, or no longer, part of this school.</source>
        <translation>{name} berasal dari laptop yang bukan, atau tidak lagi, bagian dari sekolah ini.</translation>
    </message>
    <message>
        <source>{name} is not signed by the laptop it names.</source>
        <translation>{name} tidak ditandatangani oleh laptop yang disebutkan di dalamnya.</translation>
    </message>
    <message>
        <source>The school passphrase needs at least {least} characters; a short sentence is easy to remember.</source>
        <translation>Frasa sandi sekolah minimal {least} karakter; kalimat pendek mudah diingat.</translation>
    </message>
    <message>
        <source>The office removed this laptop from the school: it can no longer read the school&apos;s bundles or write its own.</source>
        <translation>Kantor telah mengeluarkan laptop ini dari sekolah: laptop ini tidak bisa lagi membaca berkas sinkronisasi sekolah atau membuatnya.</translation>
    </message>
    <message>
        <source>This computer has not joined a school&apos;s sync yet. Make it the office computer, or join with a join file from the office.</source>
        <translation>Komputer ini belum bergabung dengan sinkronisasi sekolah. Jadikan komputer kantor, atau bergabung dengan berkas gabung dari kantor.</translation>
    </message>
    <message>
        <source>Give the laptop a name of 1 to {most} characters, such as its owner&apos;s.</source>
        <translation>Beri laptop nama 1 sampai {most} karakter, misalnya nama pemiliknya.</translation>
    </message>
    <message>
        <source>This computer already takes part in a school&apos;s sync.</source>
        <translation>Komputer ini sudah ikut sinkronisasi sekolah.</translation>
    </message>
    <message>
        <source>Only the office computer can do this.</source>
        <translation>Hanya komputer kantor yang dapat melakukan ini.</translation>
    </message>
    <message>
        <source>That is not the school passphrase set on this office computer.</source>
        <translation>Itu bukan frasa sandi sekolah yang dipasang di komputer kantor ini.</translation>
    </message>
    <message>
        <source>{name} is for {school}, but this laptop&apos;s data belongs to another school.</source>
        <translation>{name} untuk {school}, tetapi data di laptop ini milik sekolah lain.</translation>
    </message>
    <message>
        <source>{name} is not a Tomoni join file, or it is damaged.</source>
        <translation>{name} bukan berkas gabung Tomoni, atau berkasnya rusak.</translation>
    </message>
    <message>
        <source>The office computer cannot remove itself.</source>
        <translation>Komputer kantor tidak dapat mengeluarkan dirinya sendiri.</translation>
    </message>
    <message>
        <source>{name} is sealed with a school key this laptop was not given: the office changed the key when it removed a laptop. If this laptop was not removed, ask the office for a new join file.</source>
        <translation>{name} dikunci dengan kunci sekolah yang tidak diberikan kepada laptop ini: kantor mengganti kunci ketika mengeluarkan sebuah laptop. Jika laptop ini tidak dikeluarkan, mintalah berkas bergabung yang baru kepada kantor.</translation>
    </message>
    <message>
        <source>{name} comes from a laptop that the office removed from this school; it was not imported.</source>
        <translation>{name} berasal dari laptop yang sudah dikeluarkan kantor dari sekolah ini; berkas tidak diimpor.</translation>
    </message>
    <message>
        <source>The school passphrase is not right for {name}.</source>
        <translation>Frasa sandi sekolah tidak cocok untuk {name}.</translation>
    </message>
    <message>
        <source>The list of removed laptops is not signed by this school&apos;s office.</source>
        <translation>Daftar laptop yang dikeluarkan tidak ditandatangani oleh kantor sekolah ini.</translation>
    </message>
    <message>
        <source>The school&apos;s new key is not signed by this school&apos;s office.</source>
        <translation>Kunci baru sekolah tidak ditandatangani oleh kantor sekolah ini.</translation>
    </message>
    <message>
        <source>This computer asks who is acting: add --as NAME (one of: {people}).</source>
        <translation>Komputer ini menanyakan siapa yang memakai: tambahkan --as NAMA (salah satu dari: {people}).</translation>
    </message>
    <message>
        <source>No one called {name} signs in on this computer (one of: {people}).</source>
        <translation>Tidak ada yang bernama {name} di komputer ini (salah satu dari: {people}).</translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again after {time} (UTC).</source>
        <translation>Terlalu banyak PIN salah: coba lagi setelah pukul {time} (UTC).</translation>
    </message>
    <message>
        <source>That PIN is not right; tries left before a wait: {count}.</source>
        <translation>PIN itu salah; sisa percobaan sebelum harus menunggu: {count}.</translation>
    </message>
    <message>
        <source>The passphrase file {name} cannot be read.</source>
        <translation>Berkas frasa sandi {name} tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Kedua frasa sandi tidak sama.</translation>
    </message>
    <message>
        <source>Choose two different pupils to merge.</source>
        <translation>Pilih dua siswa yang berbeda untuk digabungkan.</translation>
    </message>
    <message>
        <source>One of these pupils no longer exists; refresh the list.</source>
        <translation>Salah satu siswa ini sudah tidak ada; muat ulang daftarnya.</translation>
    </message>
    <message>
        <source>{name} holds a row that is not valid (table {table}, row {row}, field {field}); nothing was imported.</source>
        <translation>{name} berisi baris yang tidak sah (tabel {table}, baris {row}, kolom {field}); tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>{name} holds data this version does not know (table {table}); nothing was imported.</source>
        <translation>{name} berisi data yang tidak dikenal versi ini (tabel {table}); tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>That value cannot be used here.</source>
        <translation>Nilai itu tidak dapat dipakai di sini.</translation>
    </message>
    <message>
        <source>This record no longer exists: it was deleted or merged, perhaps on another laptop. Open it again from the list.</source>
        <translation>Data ini sudah tidak ada: sudah dihapus atau digabung, mungkin di laptop lain. Buka lagi dari daftar.</translation>
    </message>
    <message>
        <source>Not recorded, check these codes: {codes}</source>
        <translation>Tidak dicatat, periksa kode ini: {codes}</translation>
    </message>
    <message>
        <source>The route sheet is a PDF: name the file .pdf, not {name}.</source>
        <translation>Lembar rute berupa PDF: beri nama berkas .pdf, bukan {name}.</translation>
    </message>
    <message>
        <source>The school has no subject called {name}.</source>
        <translation>Sekolah tidak punya mata pelajaran bernama {name}.</translation>
    </message>
    <message>
        <source>Grades go to an Excel file: name it .xlsx, not {name}.</source>
        <translation>Nilai ditulis ke berkas Excel: beri nama .xlsx, bukan {name}.</translation>
    </message>
    <message>
        <source>The report is a PDF: name the file .pdf, not {name}.</source>
        <translation>Laporan berupa PDF: beri nama berkas .pdf, bukan {name}.</translation>
    </message>
    <message>
        <source>e-Rapor reads Excel files: name the file .xlsx, not {name}.</source>
        <translation>e-Rapor membaca berkas Excel: beri nama berkas .xlsx, bukan {name}.</translation>
    </message>
    <message>
        <source>{code} was handed out on {issued}: it cannot come back before that.</source>
        <translation>{code} dibagikan pada {issued}: tidak mungkin kembali sebelum itu.</translation>
    </message>
    <message>
        <source>A score is between 0 and {most}, not {value}.</source>
        <translation>Nilai harus antara 0 dan {most}, bukan {value}.</translation>
    </message>
    <message>
        <source>Nothing to collect or deliver in class {name} by {day}.</source>
        <translation>Tidak ada yang diambil atau diantar di kelas {name} sampai {day}.</translation>
    </message>
    <message>
        <source>Say what happened at this stop.</source>
        <translation>Tuliskan apa yang terjadi di rumah ini.</translation>
    </message>
    <message>
        <source>The day to come back must be after the visit.</source>
        <translation>Tanggal datang lagi harus sesudah kunjungan.</translation>
    </message>
    <message>
        <source>{name} is not a PDF that can be read.</source>
        <translation>{name} bukan PDF yang bisa dibaca.</translation>
    </message>
    <message>
        <source>{name} is not a photo or a PDF (JPG, PNG or PDF are read).</source>
        <translation>{name} bukan foto atau PDF (yang dibaca: JPG, PNG atau PDF).</translation>
    </message>
    <message>
        <source>{name} cannot be read as a picture.</source>
        <translation>{name} tidak bisa dibaca sebagai gambar.</translation>
    </message>
    <message>
        <source>A weight is between 0 and 100 %, not {value}.</source>
        <translation>Bobot antara 0 dan 100 %, bukan {value}.</translation>
    </message>
    <message>
        <source>At least one weight must be more than 0 %.</source>
        <translation>Paling sedikit satu bobot harus lebih dari 0 %.</translation>
    </message>
    <message>
        <source>Band {number} should read like “41-65 Perlu remedial”: {text}</source>
        <translation>Rentang {number} harus ditulis seperti “41-65 Perlu remedial”: {text}</translation>
    </message>
    <message>
        <source>The bands must cover 0 to 100 with no gap or overlap; check {low}-{high}.</source>
        <translation>Rentang harus mencakup 0 sampai 100 tanpa celah atau tumpang tindih; periksa {low}-{high}.</translation>
    </message>
    <message>
        <source>The bands must reach 100.</source>
        <translation>Rentang harus sampai 100.</translation>
    </message>
    <message>
        <source>{name}: no table of grades was found (a row starting No, NISN, Nama).</source>
        <translation>{name}: tidak ada tabel nilai (baris yang diawali No, NISN, Nama).</translation>
    </message>
    <message>
        <source>{file}, row {row}: this file is for {found}, not {expected}.</source>
        <translation>{file}, baris {row}: berkas ini untuk {found}, bukan {expected}.</translation>
    </message>
    <message>
        <source>{file}, row {row}, column {column}: “{title}” is not an assessment of this class in this subject; add it on the Nilai page first.</source>
        <translation>{file}, baris {row}, kolom {column}: “{title}” bukan penilaian kelas ini pada mata pelajaran ini; tambahkan dulu di halaman Nilai.</translation>
    </message>
    <message>
        <source>{file}, row {row}: {name} ({nisn}) is not a pupil of this class.</source>
        <translation>{file}, baris {row}: {name} ({nisn}) bukan siswa kelas ini.</translation>
    </message>
    <message>
        <source>{file}, row {row}, column {column}: “{text}” is not a result (a score 0-100, 55/80, 85 L, TK, DS or BD).</source>
        <translation>{file}, baris {row}, kolom {column}: “{text}” bukan nilai (nilai 0-100, 55/80, 85 L, TK, DS atau BD).</translation>
    </message>
    <message>
        <source>“{text}” is not a result: type a score 0-100 (55/80 with a remedial, 85 L when it came late), TK, DS or BD.</source>
        <translation>“{text}” bukan nilai: ketik nilai 0-100 (55/80 dengan remedial, 85 L bila terlambat), TK, DS atau BD.</translation>
    </message>
    <message>
        <source>“{text}” is not a result of formative work: type Y, B (Y L when it came late), TK, DS or BD.</source>
        <translation>“{text}” bukan hasil formatif: ketik Y, B (Y L bila terlambat), TK, DS atau BD.</translation>
    </message>
    <message>
        <source>Line {line} of what was pasted ({pupil}): “{text}” is not a result (a score 0-100, 55/80, 85 L, TK, DS or BD). Nothing was pasted.</source>
        <translation>Baris {line} yang ditempel ({pupil}): “{text}” bukan nilai (nilai 0-100, 55/80, 85 L, TK, DS atau BD). Tidak ada yang ditempel.</translation>
    </message>
    <message>
        <source>This parent is not the pupil&apos;s.</source>
        <translation>Orang tua ini bukan orang tua siswa tersebut.</translation>
    </message>
    <message>
        <source>A contact cannot be logged for a day still to come.</source>
        <translation>Kontak tidak dapat dicatat untuk hari yang belum tiba.</translation>
    </message>
    <message>
        <source>Say what happened (the outcome is “other”).</source>
        <translation>Tuliskan apa yang terjadi (hasilnya “lainnya”).</translation>
    </message>
    <message>
        <source>Write what came of this step.</source>
        <translation>Tuliskan hasil langkah ini.</translation>
    </message>
    <message>
        <source>Write how the case ended.</source>
        <translation>Tuliskan bagaimana kasus ini berakhir.</translation>
    </message>
    <message>
        <source>The register cannot be taken for a day still to come.</source>
        <translation>Presensi tidak dapat diisi untuk hari yang belum tiba.</translation>
    </message>
    <message>
        <source>{day} is not a school day; the register is taken on school days only (Kehadiran › Rules and days off lists the school&apos;s own days off).</source>
        <translation>{day} bukan hari sekolah; presensi hanya diisi pada hari sekolah (hari libur sekolah ada di Kehadiran › Aturan &amp; hari libur).</translation>
    </message>
    <message>
        <source>A letter for an absence cannot come before the day.</source>
        <translation>Surat izin tidak mungkin datang sebelum hari tidak masuknya.</translation>
    </message>
    <message>
        <source>The message needs {names}, which are not known here.</source>
        <translation>Pesan ini memerlukan {names}, yang tidak diketahui di sini.</translation>
    </message>
    <message>
        <source>{number} is not a WhatsApp number.</source>
        <translation>{number} bukan nomor WhatsApp.</translation>
    </message>
    <message>
        <source>This parent has no WhatsApp number.</source>
        <translation>Orang tua ini tidak punya nomor WhatsApp.</translation>
    </message>
    <message>
        <source>{name} has not agreed to be contacted by WhatsApp (or withdrew it): record the parent&apos;s agreement first, or send a letter.</source>
        <translation>{name} belum setuju dihubungi lewat WhatsApp (atau sudah menariknya): catat dulu persetujuan orang tua, atau kirim surat.</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>Tulis pesannya dulu.</translation>
    </message>
    <message>
        <source>No copy has the code {code}.</source>
        <translation>Tidak ada lembar kerja dengan kode {code}.</translation>
    </message>
    <message>
        <source>Choose a number from {low} to {high}.</source>
        <translation>Pilih angka dari {low} sampai {high}.</translation>
    </message>
    <message>
        <source>Say why the school does not teach that day.</source>
        <translation>Tuliskan mengapa sekolah libur pada hari itu.</translation>
    </message>
    <message>
        <source>Data cannot be recorded as given on a day to come.</source>
        <translation>Kuota tidak dapat dicatat untuk hari yang belum tiba.</translation>
    </message>
    <message>
        <source>Give between 1 MB and {most} GB to each person.</source>
        <translation>Beri antara 1 MB dan {most} GB untuk setiap orang.</translation>
    </message>
    <message>
        <source>Say where the data comes from (BOS, Kemendikbud, …).</source>
        <translation>Tuliskan sumber kuota (BOS, Kemendikbud, …).</translation>
    </message>
    <message>
        <source>Choose who receives the data.</source>
        <translation>Pilih siapa yang menerima kuota.</translation>
    </message>
    <message>
        <source>Class {name} has no meeting planned: plan one first.</source>
        <translation>Kelas {name} belum punya rencana pertemuan: rencanakan dulu.</translation>
    </message>
    <message>
        <source>Choose the pupils whose families get the letter.</source>
        <translation>Pilih siswa yang keluarganya menerima surat.</translation>
    </message>
    <message>
        <source>Write what the letter says about the results.</source>
        <translation>Tulis isi surat tentang hasil belajarnya.</translation>
    </message>
    <message>
        <source>An invitation belongs to a meeting: plan it first.</source>
        <translation>Undangan milik sebuah pertemuan: rencanakan dulu pertemuannya.</translation>
    </message>
    <message>
        <source>Give the day the letter is about.</source>
        <translation>Isi hari yang dimaksud surat.</translation>
    </message>
    <message>
        <source>{name} is not in this class.</source>
        <translation>{name} bukan siswa kelas ini.</translation>
    </message>
    <message>
        <source>{name} is not in a class.</source>
        <translation>{name} tidak terdaftar di kelas mana pun.</translation>
    </message>
    <message>
        <source>{code} was written on {written}: its reply cannot come before that.</source>
        <translation>{code} ditulis pada {written}: balasannya tidak mungkin lebih dulu.</translation>
    </message>
    <message>
        <source>“{value}” is not a time: write it as 08:00.</source>
        <translation>“{value}” bukan jam: tulis seperti 08:00.</translation>
    </message>
    <message>
        <source>A meeting is planned for today or a day to come.</source>
        <translation>Pertemuan direncanakan untuk hari ini atau hari mendatang.</translation>
    </message>
    <message>
        <source>Say where the parents meet.</source>
        <translation>Isi tempat pertemuan orang tua.</translation>
    </message>
    <message>
        <source>Attendance is recorded once the meeting has been held.</source>
        <translation>Kehadiran dicatat setelah pertemuan berlangsung.</translation>
    </message>
    <message>
        <source>Write what is to be done.</source>
        <translation>Tulis apa yang harus dilakukan.</translation>
    </message>
    <message>
        <source>A task is due on or after the meeting&apos;s day.</source>
        <translation>Batas tindak lanjut jatuh pada atau setelah hari pertemuan.</translation>
    </message>
    <message>
        <source>This pupil&apos;s family was not invited to the meeting.</source>
        <translation>Keluarga siswa ini tidak diundang ke pertemuan.</translation>
    </message>
    <message>
        <source>Online lessons are from Monday to Saturday.</source>
        <translation>Pelajaran daring dari Senin sampai Sabtu.</translation>
    </message>
    <message>
        <source>A lesson ends after it starts ({start} – {end}).</source>
        <translation>Pelajaran selesai setelah dimulai ({start} – {end}).</translation>
    </message>
    <message>
        <source>Record the copy as returned before its slip.</source>
        <translation>Catat dulu lembar kerjanya sudah kembali, baru lembar balikannya.</translation>
    </message>
    <message>
        <source>{habit}: a week has 0 to 7 days, not {value}.</source>
        <translation>{habit}: seminggu ada 0 sampai 7 hari, bukan {value}.</translation>
    </message>
    <message>
        <source>Each question has boxes 1, 2 and 3, not {value}.</source>
        <translation>Setiap pertanyaan punya kotak 1, 2 dan 3, bukan {value}.</translation>
    </message>
    <message>
        <source>No single pupil is “{name}”: give the NISN or the full name.</source>
        <translation>Tidak ada satu siswa yang bernama atau ber-NISN “{name}”: tulis NISN atau nama lengkapnya.</translation>
    </message>
    <message>
        <source>The backup passphrase is not right for {path}.</source>
        <translation>Frasa sandi cadangan tidak benar untuk {path}.</translation>
    </message>
    <message>
        <source>A backup passphrase has at least {most} characters.</source>
        <translation>Frasa sandi cadangan paling sedikit {most} huruf.</translation>
    </message>
    <message>
        <source>No one called {name} signs in on this computer.</source>
        <translation>Tidak ada yang bernama {name} di komputer ini.</translation>
    </message>
    <message>
        <source>No single teacher is called {name} or has that NIP.</source>
        <translation>Tidak ada satu guru pun yang bernama {name} atau ber-NIP itu.</translation>
    </message>
    <message>
        <source>Deleting personal data cannot be undone: add --yes to say you mean it.</source>
        <translation>Menghapus data pribadi tidak bisa dibatalkan: tambahkan --yes untuk menyatakan Anda yakin.</translation>
    </message>
    <message>
        <source>{person} may not change the school&apos;s set-up (classes, subjects, teachers); the office can. Nothing was changed.</source>
        <translation>{person} tidak boleh mengubah pengaturan sekolah (kelas, mata pelajaran, guru); tata usaha yang boleh. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{person} does not teach this class or subject, so its scores and worksheets cannot be changed here. Nothing was changed.</source>
        <translation>{person} tidak mengajar kelas atau mata pelajaran ini, jadi nilai dan LKS-nya tidak bisa diubah di sini. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{person} may not change the cases, letters or meetings of this class. Nothing was changed.</source>
        <translation>{person} tidak boleh mengubah kasus, surat, atau pertemuan kelas ini. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{person} is not the homeroom teacher of this pupil&apos;s class, so it cannot be changed here. Nothing was changed.</source>
        <translation>{person} bukan wali kelas siswa ini, jadi datanya tidak bisa diubah di sini. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{person} is not the office: making the office, inviting, joining or removing laptops, the backup passphrase and restoring a backup are the office&apos;s to do.</source>
        <translation>{person} bukan tata usaha: menjadikan komputer kantor, mengundang, bergabung atau mengeluarkan laptop, kata sandi cadangan dan memulihkan cadangan adalah tugas tata usaha.</translation>
    </message>
    <message>
        <source>{person} neither teaches this pupil&apos;s class nor is its homeroom teacher, so the pupil&apos;s records are not shown.</source>
        <translation>{person} tidak mengajar di kelas siswa ini dan bukan wali kelasnya, jadi catatan siswa ini tidak ditampilkan.</translation>
    </message>
    <message>
        <source>Sign in first: this computer keeps the school&apos;s keys locked.</source>
        <translation>Masuk dulu: komputer ini menyimpan kunci sekolah dalam keadaan terkunci.</translation>
    </message>
    <message>
        <source>The school&apos;s keys on this computer do not open for the person signed in; sign in again.</source>
        <translation>Kunci sekolah di komputer ini tidak terbuka untuk orang yang sedang masuk; silakan masuk lagi.</translation>
    </message>
    <message>
        <source>A PIN is {least} to {most} digits.</source>
        <translation>PIN terdiri dari {least} sampai {most} angka.</translation>
    </message>
    <message>
        <source>That PIN is too easy to guess; choose digits that do not follow a pattern.</source>
        <translation>PIN itu terlalu mudah ditebak; pilih angka yang tidak berpola.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Kedua PIN tidak sama.</translation>
    </message>
    <message>
        <source>Write the person&apos;s name.</source>
        <translation>Tulis nama orangnya.</translation>
    </message>
    <message>
        <source>Only the office can add people, remove them or reset their PINs.</source>
        <translation>Hanya tata usaha yang bisa menambah, menghapus orang, atau mengatur ulang PIN-nya.</translation>
    </message>
    <message>
        <source>Choose the teacher this person is: a teacher&apos;s classes and subjects come from it.</source>
        <translation>Pilih guru yang sesuai dengan orang ini: kelas dan mata pelajaran guru diambil dari situ.</translation>
    </message>
    <message>
        <source>That teacher is not in this school.</source>
        <translation>Guru itu tidak ada di sekolah ini.</translation>
    </message>
    <message>
        <source>Sign-in is already set up here.</source>
        <translation>Masuk dengan PIN sudah diatur di sini.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged: sign-in cannot open the database. Put back the key file kept beside a backup, or restore the backup.</source>
        <translation>Berkas kunci {path} rusak: basis data tidak bisa dibuka dengan PIN. Kembalikan berkas kunci yang tersimpan di samping cadangan, atau pulihkan cadangannya.</translation>
    </message>
    <message>
        <source>That person is no longer on this computer.</source>
        <translation>Orang itu sudah tidak ada di komputer ini.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Masuk dulu.</translation>
    </message>
    <message>
        <source>The last office profile cannot be removed: someone must manage sign-in.</source>
        <translation>Profil tata usaha terakhir tidak bisa dihapus: harus ada yang mengelola masuk dengan PIN.</translation>
    </message>
    <message>
        <source>You cannot remove yourself.</source>
        <translation>Anda tidak bisa menghapus diri sendiri.</translation>
    </message>
    <message>
        <source>The recovery code resets an office PIN; the office resets the others.</source>
        <translation>Kode pemulihan hanya untuk PIN tata usaha; PIN lainnya diatur ulang oleh tata usaha.</translation>
    </message>
    <message>
        <source>That recovery code is not right.</source>
        <translation>Kode pemulihan itu salah.</translation>
    </message>
    <message>
        <source>Choose the files that were on the lost stick.</source>
        <translation>Pilih berkas-berkas yang ada di flashdisk yang hilang.</translation>
    </message>
    <message>
        <source>Choose the pupils whose personal data is deleted.</source>
        <translation>Pilih siswa yang data pribadinya dihapus.</translation>
    </message>
    <message>
        <source>Tomoni Desktop already has {path} open in another window. Use that window, or close it and start again.</source>
        <translation>Tomoni Desktop sudah membuka {path} di jendela lain. Gunakan jendela itu, atau tutup jendela itu lalu mulai lagi.</translation>
    </message>
    <message>
        <source>Tomoni Desktop has {path} open. Close the app first, then run this again.</source>
        <translation>Tomoni Desktop sedang membuka {path}. Tutup aplikasinya dulu, lalu jalankan perintah ini lagi.</translation>
    </message>
    <message>
        <source>Could not reach the hub at {url} ({reason}); nothing was changed. Check that the office computer is on, serving, and on the same network, then try again.</source>
        <translation>Hub di {url} tidak dapat dihubungi ({reason}); tidak ada yang diubah. Pastikan komputer kantor menyala, sedang melayani, dan berada di jaringan yang sama, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The hub at {url} refused this laptop: the office removed it from the school.</source>
        <translation>Hub di {url} menolak laptop ini: kantor sudah mengeluarkannya dari sekolah.</translation>
    </message>
    <message>
        <source>The hub at {url} does not know this laptop (it serves another school, or this laptop has not joined yet); nothing was changed.</source>
        <translation>Hub di {url} tidak mengenal laptop ini (hub itu melayani sekolah lain, atau laptop ini belum bergabung); tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The hub at {url} answered {status}; nothing was changed. Try again.</source>
        <translation>Hub di {url} menjawab {status}; tidak ada yang diubah. Coba lagi.</translation>
    </message>
    <message>
        <source>Only the office computer can be the school&apos;s hub; this is a laptop.</source>
        <translation>Hanya komputer kantor yang dapat menjadi hub sekolah; ini sebuah laptop.</translation>
    </message>
    <message>
        <source>This computer cannot serve the laptops on port {port} ({reason}). Another program, or another Tomoni Desktop window, may be using it.</source>
        <translation>Komputer ini tidak dapat melayani laptop di port {port} ({reason}). Mungkin program lain, atau jendela Tomoni Desktop lain, sedang memakainya.</translation>
    </message>
    <message>
        <source>Cannot open the database at {url}: {reason}</source>
        <translation>Basis data di {url} tidak dapat dibuka: {reason}</translation>
    </message>
    <message>
        <source>This copy of Tomoni Desktop cannot open a PostgreSQL database. Install it with its hub part: pip install tomoni-desktop[hub]</source>
        <translation>Salinan Tomoni Desktop ini tidak dapat membuka basis data PostgreSQL. Pasang dengan bagian hub-nya: pip install tomoni-desktop[hub]</translation>
    </message>
    <message>
        <source>{school} is already in this district hub.</source>
        <translation>{school} sudah ada di hub kabupaten ini.</translation>
    </message>
    <message>
        <source>The district database holds no school yet: add one with `tomoni hub add-school` first.</source>
        <translation>Basis data kabupaten belum memuat sekolah: tambahkan dulu dengan `tomoni hub add-school`.</translation>
    </message>
    <message>
        <source>--district takes a PostgreSQL database&apos;s address.</source>
        <translation>--district memerlukan alamat basis data PostgreSQL.</translation>
    </message>
    <message>
        <source>Rows with problems: {count}; nothing was written. Mend the file, or use --skip-problems to import the other rows.</source>
        <translation>Baris bermasalah: {count}; tidak ada yang ditulis. Perbaiki berkasnya, atau pakai --skip-problems untuk mengimpor baris lainnya.</translation>
    </message>
    <message>
        <source>The database {path} is damaged: problems SQLite&apos;s check found: {count}. Restore the newest backup, or salvage what can still be read (tomoni db recover).</source>
        <translation>Basis data {path} rusak: masalah yang ditemukan pemeriksaan SQLite: {count}. Pulihkan cadangan terbaru, atau selamatkan yang masih terbaca (tomoni db recover).</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>NISN</source>
        <translation>NISN</translation>
    </message>
    <message>
        <source>NIS</source>
        <translation>NIS</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>father&apos;s name</source>
        <translation>nama ayah</translation>
    </message>
    <message>
        <source>mother&apos;s name</source>
        <translation>nama ibu</translation>
    </message>
    <message>
        <source>guardian&apos;s name</source>
        <translation>nama wali</translation>
    </message>
    <message>
        <source>family member&apos;s name</source>
        <translation>nama anggota keluarga</translation>
    </message>
    <message>
        <source>parent&apos;s number</source>
        <translation>nomor HP orang tua</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Gender (L/P)</source>
        <translation>Jenis kelamin (L/P)</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Agama</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Dusun</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <source>Village (desa/kelurahan)</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Android phone at home</source>
        <translation>HP Android di rumah</translation>
    </message>
    <message>
        <source>Shares the phone of</source>
        <translation>Memakai HP milik</translation>
    </message>
    <message>
        <source>Signal at home</source>
        <translation>Sinyal di rumah</translation>
    </message>
    <message>
        <source>Guardian&apos;s consent recorded on</source>
        <translation>Persetujuan orang tua/wali dicatat pada</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Left school on</source>
        <translation>Keluar sekolah pada</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Digabung ke</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Sekolah</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>Main contact</source>
        <translation>Kontak utama</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Siswa</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Tahun pelajaran</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Own phone</source>
        <translation>Punya HP</translation>
    </message>
    <message>
        <source>Shared phone</source>
        <translation>HP bersama</translation>
    </message>
    <message>
        <source>No phone</source>
        <translation>Tanpa HP</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Lemah</translation>
    </message>
    <message>
        <source>No signal</source>
        <translation>Tanpa sinyal</translation>
    </message>
    <message>
        <source>Odd semester</source>
        <translation>Semester Ganjil</translation>
    </message>
    <message>
        <source>Even semester</source>
        <translation>Semester Genap</translation>
    </message>
    <message>
        <source>Worksheet packet</source>
        <translation>Paket LKS</translation>
    </message>
    <message>
        <source>Route sheet</source>
        <translation>Lembar rute</translation>
    </message>
    <message>
        <source>Letters to parents</source>
        <translation>Surat untuk orang tua</translation>
    </message>
    <message>
        <source>Meeting sign-in sheet</source>
        <translation>Daftar hadir pertemuan</translation>
    </message>
    <message>
        <source>Online lesson schedule</source>
        <translation>Jadwal daring</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>Laporan hasil belajar</translation>
    </message>
    <message>
        <source>Leger</source>
        <translation>Leger</translation>
    </message>
    <message>
        <source>e-Rapor file</source>
        <translation>Berkas e-Rapor</translation>
    </message>
    <message>
        <source>Missing scores</source>
        <translation>Nilai belum lengkap</translation>
    </message>
    <message>
        <source>Grade sheet (Excel)</source>
        <translation>Lembar nilai (Excel)</translation>
    </message>
    <message>
        <source>Month&apos;s attendance</source>
        <translation>Kehadiran bulanan</translation>
    </message>
    <message>
        <source>Week&apos;s page</source>
        <translation>Laporan mingguan</translation>
    </message>
    <message>
        <source>Work not back</source>
        <translation>Tugas belum kembali</translation>
    </message>
    <message>
        <source>Mobile data list</source>
        <translation>Daftar kuota</translation>
    </message>
    <message>
        <source>Everything about a pupil</source>
        <translation>Seluruh data siswa</translation>
    </message>
    <message>
        <source>Pupil list</source>
        <translation>Daftar siswa</translation>
    </message>
    <message>
        <source>Sync bundle</source>
        <translation>Berkas sinkronisasi</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>names, classes and NISN</source>
        <translation>nama, kelas dan NISN</translation>
    </message>
    <message>
        <source>home addresses</source>
        <translation>alamat rumah</translation>
    </message>
    <message>
        <source>parents&apos; phone numbers</source>
        <translation>nomor telepon orang tua</translation>
    </message>
    <message>
        <source>grades</source>
        <translation>nilai</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>kehadiran</translation>
    </message>
    <message>
        <source>worksheets handed out and back</source>
        <translation>LKS yang diberikan dan kembali</translation>
    </message>
    <message>
        <source>guardians and letters to them</source>
        <translation>orang tua/wali dan surat kepada mereka</translation>
    </message>
    <message>
        <source>cases and the counsellor&apos;s notes</source>
        <translation>kasus dan catatan guru BK</translation>
    </message>
    <message>
        <source>everything (a copy of the database)</source>
        <translation>semuanya (salinan basis data)</translation>
    </message>
    <message>
        <source>Homeroom teacher</source>
        <translation>Wali kelas</translation>
    </message>
    <message>
        <source>Subject teacher</source>
        <translation>Guru mapel</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Guru BK</translation>
    </message>
    <message>
        <source>Principal or deputy head</source>
        <translation>Kepala sekolah/wakasek</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Tata usaha</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Harian</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Before update</source>
        <translation>Sebelum pembaruan</translation>
    </message>
    <message>
        <source>Before restore</source>
        <translation>Sebelum pemulihan</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>{school} · School year {year} · {term}</source>
        <translation>{school} · Tahun pelajaran {year} · {term}</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Ayah</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Ibu</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Wali</translation>
    </message>
    <message>
        <source>Other family</source>
        <translation>Keluarga lain</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>kunjungan rumah</translation>
    </message>
    <message>
        <source>brought to school</source>
        <translation>dibawa ke sekolah</translation>
    </message>
    <message>
        <source>brought by a classmate</source>
        <translation>dibawa teman</translation>
    </message>
    <message>
        <source>photo on WhatsApp</source>
        <translation>foto lewat WhatsApp</translation>
    </message>
    <message>
        <source>present</source>
        <translation>hadir</translation>
    </message>
    <message>
        <source>sick</source>
        <translation>sakit</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>izin</translation>
    </message>
    <message>
        <source>absent, no reason</source>
        <translation>alpa (tanpa keterangan)</translation>
    </message>
    <message>
        <source>counsellor talks with the pupil</source>
        <translation>guru BK berbicara dengan siswa</translation>
    </message>
    <message>
        <source>letter summoning the parents</source>
        <translation>surat panggilan orang tua</translation>
    </message>
    <message>
        <source>homeroom teacher</source>
        <translation>wali kelas</translation>
    </message>
    <message>
        <source>counsellor (BK)</source>
        <translation>guru BK</translation>
    </message>
    <message>
        <source>deputy head (student affairs)</source>
        <translation>wakasek kesiswaan</translation>
    </message>
    <message>
        <source>{days} days in a row without a reason</source>
        <translation>{days} hari berturut-turut tanpa keterangan</translation>
    </message>
    <message>
        <source>{days} days without a reason in a month</source>
        <translation>{days} hari tanpa keterangan dalam sebulan</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>telepon</translation>
    </message>
    <message>
        <source>WhatsApp message</source>
        <translation>pesan WhatsApp</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>kunjungan</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>surat</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>pertemuan</translation>
    </message>
    <message>
        <source>spoke with the parent</source>
        <translation>berbicara dengan orang tua</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>tidak dijawab</translation>
    </message>
    <message>
        <source>sent, no answer yet</source>
        <translation>terkirim, belum dibalas</translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation>nomor salah</translation>
    </message>
    <message>
        <source>other</source>
        <translation>lainnya</translation>
    </message>
    <message>
        <source>letter about an absence</source>
        <translation>surat ketidakhadiran</translation>
    </message>
    <message>
        <source>meeting invitation</source>
        <translation>undangan pertemuan</translation>
    </message>
    <message>
        <source>note about results</source>
        <translation>catatan hasil belajar</translation>
    </message>
    <message>
        <source>WhatsApp group</source>
        <translation>Grup WhatsApp</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Senin</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Selasa</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Rabu</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Kamis</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Jumat</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sabtu</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Minggu</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Saved as {path} ({pages} pages).</source>
        <translation>Disimpan sebagai {path} ({pages} halaman).</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Mencetak…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>The last update of the database was interrupted (the laptop was switched off, or the app stopped). It has now been completed; nothing was lost.</source>
        <translation>Pembaruan basis data yang terakhir terputus (laptop mati, atau aplikasi berhenti). Sekarang sudah diselesaikan; tidak ada yang hilang.</translation>
    </message>
    <message>
        <source>Opening the school database…</source>
        <translation>Membuka basis data sekolah…</translation>
    </message>
    <message>
        <source>Writing the demo school…</source>
        <translation>Menulis sekolah contoh…</translation>
    </message>
    <message>
        <source>Tomoni Desktop needs a screen, and this session has none (DISPLAY is not set). Start it from the desktop; the tomoni command works without a screen.</source>
        <translation>Tomoni Desktop memerlukan layar, dan sesi ini tidak punya layar (DISPLAY tidak diatur). Jalankan dari desktop; perintah tomoni dapat dipakai tanpa layar.</translation>
    </message>
    <message>
        <source>Tomoni Desktop cannot open a window: system libraries are missing ({packages}). Install them as the README says under “System libraries for a real Qt window”.</source>
        <translation>Tomoni Desktop tidak dapat membuka jendela: pustaka sistem belum terpasang ({packages}). Pasang seperti petunjuk README pada bagian “System libraries for a real Qt window”.</translation>
    </message>
</context>
</TS>
